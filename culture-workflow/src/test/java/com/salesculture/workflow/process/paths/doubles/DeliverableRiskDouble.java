package com.salesculture.workflow.process.paths.doubles;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Stands in for {@code RecordDeliverableResponse}; the real one sets no variables. */
public class DeliverableRiskDouble extends RecordingDouble {

    public void responded(DelegateExecution execution) {
        record("responded: " + execution.getVariable("action") + ", " + execution.getVariable("owner")
                + ", by " + execution.getVariable("actionDue"));
    }
}
