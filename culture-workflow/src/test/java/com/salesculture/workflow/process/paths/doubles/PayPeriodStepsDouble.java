package com.salesculture.workflow.process.paths.doubles;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Stands in for {@code PayPeriodSteps} ("payPeriod"); the real one sets no variables. */
public class PayPeriodStepsDouble extends RecordingDouble {

    public void openFirst(DelegateExecution execution) {
        record("openFirst");
    }

    public void openNext(DelegateExecution execution) {
        record("openNext");
    }

    public void draft(DelegateExecution execution) {
        record("draft");
    }

    public void checked(DelegateExecution execution, String by) {
        record("checked by " + by + ": " + execution.getVariable("decision"));
    }

    public void decided(DelegateExecution execution) {
        record("decided: " + execution.getVariable("decision"));
    }
}
