package com.salesculture.workflow.process.paths.doubles;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Stands in for {@code CheckPlanReviews} ("checkPlanReviews"): the reviews pass when HR and Finance both
 * approved, as {@link RecordPlanReviewDouble} recorded them; sets {@code reviewsPassed}.
 */
public class CheckPlanReviewsDouble extends RecordingDouble implements JavaDelegate {

    private final RecordPlanReviewDouble reviews;

    public CheckPlanReviewsDouble(RecordPlanReviewDouble reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean passed = reviews.approvedBy("HrReview") && reviews.approvedBy("FinanceReview");
        record("reviewsPassed " + passed);
        execution.setVariable("reviewsPassed", passed);
    }
}
