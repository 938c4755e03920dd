package com.salesculture.domain.model.review;

import com.salesculture.domain.model.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A salesperson's review against the values after a cycle's scores were published: what the DMN
 * decision was given and recommended, what a sales leader concluded (an override needs a reason), and
 * the salesperson's acknowledgement.
 */
@Entity
@Table(name = "performance_review")
public class PerformanceReview {

    @Id
    @SequenceGenerator(name = "performance_review_seq", sequenceName = "performance_review_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "performance_review_seq")
    private Long id;

    @Column(name = "program_id", nullable = false)
    private long programId;

    @Column(name = "cycle_id", nullable = false)
    private long cycleId;

    @Column(name = "salesperson_id", nullable = false)
    private long salespersonId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewStatus status;

    @Column(name = "lowest_consistency")
    private BigDecimal lowestConsistency;

    @Column(nullable = false)
    private BigDecimal trend;

    @Column(name = "sample_sufficient", nullable = false)
    private boolean sampleSufficient;

    @Enumerated(EnumType.STRING)
    @Column(name = "recovery_plan_input", nullable = false)
    private PlanFollowUp recoveryPlanInput;

    @Enumerated(EnumType.STRING)
    private ReviewOutcome recommendation;

    private String rationale;

    @Enumerated(EnumType.STRING)
    private ReviewOutcome outcome;

    @Column(name = "override_reason")
    private String overrideReason;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Version
    private long version;

    protected PerformanceReview() {
        // for JPA
    }

    public PerformanceReview(long programId, long cycleId, long salespersonId, ReviewInputs inputs,
                             String processInstanceId, Instant now) {
        this.programId = programId;
        this.cycleId = cycleId;
        this.salespersonId = salespersonId;
        this.lowestConsistency = inputs.lowestConsistency();
        this.trend = inputs.trend();
        this.sampleSufficient = inputs.sampleSufficient();
        this.recoveryPlanInput = inputs.recoveryPlan();
        this.processInstanceId = processInstanceId;
        this.createdAt = Objects.requireNonNull(now);
        this.status = ReviewStatus.RECOMMENDING;
    }

    /** The DMN decision's recommendation and why; a leader confirms it next. */
    public void recommend(ReviewOutcome recommended, String why) {
        this.recommendation = Objects.requireNonNull(recommended);
        this.rationale = why;
        this.status = ReviewStatus.AWAITING_CONFIRMATION;
    }

    /**
     * A leader's conclusion: the recommendation, or another outcome with a reason (the form demands it).
     *
     * @param planNeeded whether a recovery plan must be drafted now (none is open yet)
     */
    public void conclude(ReviewOutcome concluded, String reason, String by, Instant at, boolean planNeeded,
                         boolean acknowledgeable) {
        if (status != ReviewStatus.AWAITING_CONFIRMATION) {
            throw new ConflictException("review.notAwaitingConfirmation");
        }
        this.outcome = Objects.requireNonNull(concluded);
        this.overrideReason = overridden() || reason != null ? reason : null;
        this.confirmedBy = by;
        this.confirmedAt = at;
        this.status = planNeeded ? ReviewStatus.AWAITING_PLAN
                : acknowledgeable ? ReviewStatus.AWAITING_ACKNOWLEDGEMENT : ReviewStatus.COMPLETED;
    }

    /** The plan is drafted; the salesperson acknowledges both, if they have an account. */
    public void planDrafted(boolean acknowledgeable) {
        status = acknowledgeable ? ReviewStatus.AWAITING_ACKNOWLEDGEMENT : ReviewStatus.COMPLETED;
    }

    public void acknowledge(String by, Instant at) {
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
        this.status = ReviewStatus.COMPLETED;
    }

    /** Its process ended before it completed (a completed review stays as it was). */
    public void end() {
        if (status != ReviewStatus.COMPLETED) {
            status = ReviewStatus.ENDED;
        }
    }

    /** The leader concluded something other than the recommendation. */
    public boolean overridden() {
        return outcome != null && outcome != recommendation;
    }

    public ReviewInputs inputs() {
        return new ReviewInputs(lowestConsistency, trend, sampleSufficient, recoveryPlanInput);
    }

    public Long id() {
        return id;
    }

    public long programId() {
        return programId;
    }

    public long cycleId() {
        return cycleId;
    }

    public long salespersonId() {
        return salespersonId;
    }

    public ReviewStatus status() {
        return status;
    }

    public ReviewOutcome recommendation() {
        return recommendation;
    }

    public String rationale() {
        return rationale;
    }

    public ReviewOutcome outcome() {
        return outcome;
    }

    public String overrideReason() {
        return overrideReason;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String processInstanceId() {
        return processInstanceId;
    }
}
