package com.salesculture.workflow.process.paths.doubles;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Stands in for {@code RecordAcknowledgement} ("recordAcknowledgement"), the listener on acknowledging the values. */
public class RecordAcknowledgementDouble extends RecordingDouble implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        record("acknowledged by " + task.getAssignee());
    }
}
