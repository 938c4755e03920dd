package com.salesculture.workflow.process.paths.doubles;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Stands in for the delegates of {@code survey-cycle} and {@code survey-follow-up}; the real ones set no variables. */
public class SurveyCycleDouble extends RecordingDouble {

    public void invite(DelegateExecution execution) {
        record("invite");
    }

    public void remind(DelegateExecution execution) {
        record("remind");
    }

    public void close(DelegateExecution execution) {
        record("close");
    }

    public void computeScores(DelegateExecution execution) {
        record("computeScores");
    }

    public void publish(DelegateExecution execution) {
        record("publish");
    }

    public void recordFollowUp(DelegateExecution execution) {
        record("recordFollowUp: " + execution.getVariable("outcome"));
    }
}
