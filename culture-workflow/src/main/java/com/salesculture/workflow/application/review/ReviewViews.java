package com.salesculture.workflow.application.review;

import java.io.Serializable;
import com.salesculture.domain.model.review.PerformanceReview;
import com.salesculture.domain.model.review.RecoveryPlan;
import com.salesculture.domain.model.review.ReviewStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the reviews API and pages show of performance reviews and recovery plans. */
public final class ReviewViews {

    private ReviewViews() {
    }

    public record Summary(long id, long programId, long cycleId, int cycleNumber, long salespersonId,
                          String salesperson, String salespersonStatus, ReviewStatus status, String recommendation,
                          String outcome, boolean overridden, Instant createdAt) implements Serializable {

        static Summary of(PerformanceReview review, int cycleNumber, String salesperson, String salespersonStatus) {
            return new Summary(review.id(), review.programId(), review.cycleId(), cycleNumber, review.salespersonId(),
                    salesperson, salespersonStatus, review.status(),
                    review.recommendation() == null ? null : review.recommendation().code(),
                    review.outcome() == null ? null : review.outcome().code(), review.overridden(), review.createdAt());
        }
    }

    /** The salesperson's score on one value in the reviewed cycle. */
    public record ValueScore(long valueId, String value, BigDecimal mean, BigDecimal consistency, int responses,
                             boolean insufficientSample) implements Serializable {
    }

    /** What the DMN decision was given, and the rule that matched (from the engine's decision history). */
    public record DecisionInputs(BigDecimal lowestConsistency, BigDecimal trend, boolean sampleSufficient,
                                 String recoveryPlan, String matchedRule) implements Serializable {
    }

    public record Action(String description, String owner, LocalDate due) implements Serializable {
    }

    public record Criterion(long valueId, String value, BigDecimal minConsistency) implements Serializable {
    }

    public record Plan(long id, long reviewId, String status, List<Action> actions, List<Criterion> criteria,
                       String draftedBy, Instant draftedAt, Instant acknowledgedAt, Long followedUpCycleId,
                       Instant closedAt) implements Serializable {

        static Plan of(RecoveryPlan plan) {
            return new Plan(plan.id(), plan.reviewId(), plan.status().name(),
                    plan.actions().stream().map(a -> new Action(a.description(), a.owner(), a.due())).toList(),
                    plan.criteria().stream().map(c -> new Criterion(c.valueId(), c.valueName(), c.minConsistency())).toList(),
                    plan.draftedBy(), plan.draftedAt(), plan.acknowledgedAt(), plan.followedUpCycleId(), plan.closedAt());
        }
    }

    /**
     * A review in full; {@code openTask} is the step waiting now ({@code ConfirmReview},
     * {@code DraftRecoveryPlan}, {@code AcknowledgeReview}), with its task id.
     */
    public record Detail(Summary summary, List<ValueScore> scores, DecisionInputs inputs, String rationale,
                         String overrideReason, String confirmedBy, Instant confirmedAt, String acknowledgedBy,
                         Instant acknowledgedAt, Plan plan, String openTask, String openTaskId) implements Serializable {
    }
}
