package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.review.PerformanceReview;
import com.salesculture.domain.model.review.PerformanceReviews;
import com.salesculture.domain.model.review.RecoveryPlan;
import com.salesculture.domain.model.salesforce.SalesForce;
import com.salesculture.workflow.application.DecisionRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task "Open the recovery plan" of {@code performance-review}: the one the leader drafted (the completion rule checked it is complete). */
@Named("openRecoveryPlan")
@ApplicationScoped
public class OpenRecoveryPlan implements JavaDelegate {

    @Inject
    private PerformanceReviews reviews;

    @Inject
    private SalesForce salesForce;

    @Inject
    private DecisionRecorder decisions;

    @Override
    public void execute(DelegateExecution execution) {
        PerformanceReview review = reviews.require(ReviewProcess.reviewId(execution));
        RecoveryPlan plan = reviews.planOf(review.id()).orElseThrow(() -> new IllegalStateException(
                "Review " + review.id() + " has no recovery plan"));
        plan.open();
        salesForce.require(review.salespersonId()).enterRecovery();
        review.planDrafted(execution.getVariable(ReviewProcess.ACKNOWLEDGER) != null);
        decisions.record(execution,
                Decision.of(DecisionType.RECOVERY_PLAN_OPENED, "salesperson", Long.toString(review.salespersonId()))
                .outcome("opened").reason(plan.actions().size() + " actions, " + plan.criteria().size() + " criteria"));
    }
}
