package com.salesculture.workflow.process.paths.doubles;

import com.salesculture.workflow.process.ExitCaseProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Stands in for the delegates of {@code exit-approval}; the real ones set no variables. It remembers the
 * variables the real ones read, so a test sees they reached them.
 */
public class ExitCaseDouble extends RecordingDouble {

    public void stage(DelegateExecution execution) {
        record("stage " + ExitCaseProcess.stageAt(execution.getCurrentActivityId()));
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
