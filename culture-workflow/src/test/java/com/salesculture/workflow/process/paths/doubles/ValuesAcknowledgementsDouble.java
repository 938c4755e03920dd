package com.salesculture.workflow.process.paths.doubles;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Stands in for {@code AskAcknowledgements}: the real one starts a
 * values-acknowledgement per salesperson, which has path tests of its own.
 */
public class ValuesAcknowledgementsDouble extends RecordingDouble {

    public void askSalesForce(DelegateExecution execution) {
        record("askSalesForce");
    }
}
