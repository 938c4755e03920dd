package com.salesculture.workflow.process.paths.doubles;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Stands in for {@code ExitCaseSteps} ("exitCase"); the real one sets no variables. It remembers the
 * variables the real one reads, so a test sees they reached it.
 */
public class ExitCaseStepsDouble extends RecordingDouble {

    public void stage(DelegateExecution execution, String stage) {
        record("stage " + stage);
    }

    public void hrReviewed(DelegateExecution execution) {
        record("hrReviewed " + execution.getVariable("decision"));
    }

    public void evidenceAdded(DelegateExecution execution) {
        record("evidenceAdded: " + execution.getVariable("note"));
    }

    public void executiveDecided(DelegateExecution execution) {
        record("executiveDecided " + execution.getVariable("decision"));
    }

    public void close(DelegateExecution execution) {
        record("close");
    }

    public void cancelled(DelegateExecution execution) {
        record("cancelled by " + execution.getVariable("cancelledBy") + ": " + execution.getVariable("cancelReason"));
    }
}
