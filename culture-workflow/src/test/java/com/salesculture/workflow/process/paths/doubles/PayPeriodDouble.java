package com.salesculture.workflow.process.paths.doubles;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Stands in for the delegates of values-linked pay ({@code pay-period}, and opening the first period); the real ones set no variables. */
public class PayPeriodDouble extends RecordingDouble {

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
