package com.salesculture.workflow.process.paths.doubles;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Stands in for a delegate ({@code camunda:delegateExpression}) whose work is all in the domain and that
 * sets no variable: it remembers the activity it ran for.
 */
public class RecordingDelegate extends RecordingDouble implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        record(execution.getCurrentActivityId());
    }
}
