package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.review.PerformanceReview;
import com.salesculture.domain.model.review.PerformanceReviews;
import com.salesculture.domain.model.review.ReviewOutcome;
import com.salesculture.domain.model.salesforce.SalesForce;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import com.salesculture.workflow.form.FormType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Service task "Record the outcome" of {@code performance-review}, as a sales leader concluded it; says
 * whether a recovery plan is to be drafted and who acknowledges.
 */
@Named("recordReviewOutcome")
@ApplicationScoped
public class RecordReviewOutcome implements JavaDelegate {

    @Inject
    private PerformanceReviews reviews;

    @Inject
    private SalesForce salesForce;

    @Inject
    private DecisionRecorder decisions;

    @Override
    public void execute(DelegateExecution execution) {
        PerformanceReview review = reviews.require(ReviewProcess.reviewId(execution));
        ReviewConfirmationForm confirmation = FormType.read(ReviewConfirmationForm.class, execution::getVariable);
        boolean override = confirmation.decision() == ReviewConfirmationForm.Decision.OVERRIDE;
        ReviewOutcome outcome = override ? confirmation.outcome() : review.recommendation();
        String reason = confirmation.reason();
        boolean planNeeded = outcome == ReviewOutcome.RECOVERY && reviews.openPlan(review.salespersonId()).isEmpty();
        String acknowledger = salesForce.require(review.salespersonId()).username();
        review.conclude(outcome, reason, ApprovalSteps.actor(execution), EngineTime.now(), planNeeded, acknowledger != null);
        decisions.record(execution,
                Decision.of(review.overridden() ? DecisionType.REVIEW_OVERRIDDEN : DecisionType.REVIEW_CONFIRMED,
                "salesperson", Long.toString(review.salespersonId()))
                .outcome(outcome.code()).reason(reason));
        execution.setVariable(ReviewProcess.PLAN_NEEDED, planNeeded);
        execution.setVariable(ReviewProcess.ACKNOWLEDGER, acknowledger);
    }
}
