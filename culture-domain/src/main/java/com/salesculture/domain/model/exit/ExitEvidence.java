package com.salesculture.domain.model.exit;

import java.io.Serializable;
import com.salesculture.domain.model.review.PerformanceReview;
import com.salesculture.domain.model.review.RecoveryPlan;
import com.salesculture.domain.model.review.ReviewStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The evidence an exit was proposed on, as it stood then: the salesperson's published scores, reviews
 * and recovery plans. A value of the case, stored with it under these components' names, so a case reads
 * the same however the pages' views change.
 */
public record ExitEvidence(List<Score> scores, List<Review> reviews, List<Plan> plans) implements Serializable {

    public ExitEvidence {
        scores = scores == null ? List.of() : List.copyOf(scores);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        plans = plans == null ? List.of() : List.copyOf(plans);
    }

    /** A published score on one value in one cycle. */
    public record Score(long programId, int cycleNumber, String value, BigDecimal mean, BigDecimal consistency,
                        int responses) implements Serializable {
    }

    public record Review(long id, long programId, long cycleId, int cycleNumber, long salespersonId, String salesperson,
                         String salespersonStatus, ReviewStatus status, String recommendation, String outcome,
                         boolean overridden, Instant createdAt) implements Serializable {

        public static Review of(PerformanceReview review, int cycleNumber, String salesperson, String salespersonStatus) {
            return new Review(review.id(), review.programId(), review.cycleId(), cycleNumber, review.salespersonId(),
                    salesperson, salespersonStatus, review.status(),
                    review.recommendation() == null ? null : review.recommendation().code(),
                    review.outcome() == null ? null : review.outcome().code(), review.overridden(), review.createdAt());
        }
    }

    public record Plan(long id, long reviewId, String status, List<Action> actions, List<Criterion> criteria,
                       String draftedBy, Instant draftedAt, Instant acknowledgedAt, Long followedUpCycleId,
                       Instant closedAt) implements Serializable {

        public static Plan of(RecoveryPlan plan) {
            return new Plan(plan.id(), plan.reviewId(), plan.status().name(),
                    plan.actions().stream().map(a -> new Action(a.description(), a.owner(), a.due())).toList(),
                    plan.criteria().stream().map(c -> new Criterion(c.valueId(), c.valueName(), c.minConsistency())).toList(),
                    plan.draftedBy(), plan.draftedAt(), plan.acknowledgedAt(), plan.followedUpCycleId(), plan.closedAt());
        }
    }

    public record Action(String description, String owner, LocalDate due) implements Serializable {
    }

    public record Criterion(long valueId, String value, BigDecimal minConsistency) implements Serializable {
    }
}
