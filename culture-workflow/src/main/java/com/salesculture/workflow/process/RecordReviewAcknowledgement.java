package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.review.PerformanceReview;
import com.salesculture.domain.model.review.PerformanceReviews;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import com.salesculture.workflow.form.FormType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task "Record the acknowledgement" of {@code performance-review}: of the review and of its plan, if it has one. */
@Named("recordReviewAcknowledgement")
@ApplicationScoped
public class RecordReviewAcknowledgement implements JavaDelegate {

    @Inject
    private PerformanceReviews reviews;

    @Inject
    private DecisionRecorder decisions;

    @Override
    public void execute(DelegateExecution execution) {
        PerformanceReview review = reviews.require(ReviewProcess.reviewId(execution));
        Instant now = EngineTime.now();
        review.acknowledge(ApprovalSteps.actor(execution), now);
        reviews.planOf(review.id()).ifPresent(plan -> plan.acknowledge(now));
        decisions.record(execution,
                Decision.of(DecisionType.REVIEW_ACKNOWLEDGED, "salesperson", Long.toString(review.salespersonId()))
                .outcome("acknowledged").reason(FormType.read(AcknowledgeReviewForm.class, execution::getVariable).comment()));
    }
}
