package com.salesculture.workflow.process.paths.doubles;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Stands in for {@code SurveyCycleSteps} ("surveyCycle"); the real one sets no variables. */
public class SurveyCycleStepsDouble extends RecordingDouble {

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
