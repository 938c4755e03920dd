package com.salesculture.domain.model.review;

import com.salesculture.domain.model.shared.NotFoundException;
import com.salesculture.domain.model.shared.Page;
import com.salesculture.domain.model.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** The stored reviews and recovery plans. */
public interface PerformanceReviews {

    PerformanceReview add(PerformanceReview review);

    Optional<PerformanceReview> find(long id);

    default PerformanceReview require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("review.notFound", id));
    }

    Optional<PerformanceReview> of(long cycleId, long salespersonId);

    /** The review a {@code performance-review} process instance runs. */
    Optional<PerformanceReview> runBy(String processInstanceId);

    /** Reviews, newest first, optionally of one cycle and/or one salesperson. */
    List<PerformanceReview> list(Long cycleId, Long salespersonId);

    /** One page of them, newest first, and how many there are. */
    Page<PerformanceReview> list(Long cycleId, Long salespersonId, PageRequest page);

    RecoveryPlan addPlan(RecoveryPlan plan);

    Optional<RecoveryPlan> planOf(long reviewId);

    /** The salesperson's open plan, if any (there is at most one). */
    Optional<RecoveryPlan> openPlan(long salespersonId);

    /** The salesperson's plans, newest first. */
    List<RecoveryPlan> plans(long salespersonId);

    /** Every recovery plan in force at some time between the instants (opened before the end, not closed before the start). */
    List<RecoveryPlan> plansInForce(java.time.Instant from, java.time.Instant to);
}
