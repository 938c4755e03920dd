package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.review.PerformanceReview;
import com.salesculture.domain.model.review.PerformanceReviews;
import com.salesculture.domain.model.review.ReviewOutcome;
import com.salesculture.workflow.application.DecisionRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task "Record the recommendation" of {@code performance-review}: what the DMN decision recommended. */
@Named("recordRecommendation")
@ApplicationScoped
public class RecordRecommendation implements JavaDelegate {

    @Inject
    private PerformanceReviews reviews;

    @Inject
    private DecisionRecorder decisions;

    @Override
    public void execute(DelegateExecution execution) {
        ReviewProcess.Recommendation recommended = ReviewProcess.recommendation(execution);
        PerformanceReview review = reviews.require(ReviewProcess.reviewId(execution));
        review.recommend(ReviewOutcome.ofCode(recommended.code()).orElseThrow(() ->
                new IllegalStateException("The decision recommended the unknown outcome " + recommended.code())),
                recommended.rationale());
        decisions.record(execution,
                Decision.of(DecisionType.REVIEW_RECOMMENDED, "salesperson", Long.toString(review.salespersonId()))
                .outcome(recommended.code()).reason(recommended.rationale()).bySystem());
    }
}
