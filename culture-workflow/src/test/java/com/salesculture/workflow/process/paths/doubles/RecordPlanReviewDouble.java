package com.salesculture.workflow.process.paths.doubles;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Stands in for {@code RecordPlanReview} ("recordPlanReview"), the listener on completing HR's or
 * Finance's review: keeps each reviewer's latest decision, as the real one keeps it on the plan version.
 */
public class RecordPlanReviewDouble extends RecordingDouble implements TaskListener {

    private final Map<String, Boolean> approvedBy = new HashMap<>();

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable("decision");
        record(task.getTaskDefinitionKey() + " " + decision);
        approvedBy.put(task.getTaskDefinitionKey(), "APPROVE".equals(decision));
    }

    boolean approvedBy(String reviewTask) {
        return approvedBy.getOrDefault(reviewTask, false);
    }
}
