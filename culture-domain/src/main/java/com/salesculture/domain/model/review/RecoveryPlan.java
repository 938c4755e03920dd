package com.salesculture.domain.model.review;

import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.survey.Score;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A recovery (coaching) plan: actions with owner and due date, and success criteria on the values.
 * Drafted by a sales leader during a review, open until the next published cycle, where the scores
 * decide: every criterion met closes it as succeeded, any missed as failed; with too few ratings it
 * stays open for one more cycle.
 */
@Entity
@Table(name = "recovery_plan")
public class RecoveryPlan {

    @Id
    @SequenceGenerator(name = "recovery_plan_seq", sequenceName = "recovery_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recovery_plan_seq")
    private Long id;

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(name = "salesperson_id", nullable = false)
    private long salespersonId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecoveryPlanStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recovery_action", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<RecoveryAction> actions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recovery_criterion", joinColumns = @JoinColumn(name = "plan_id"))
    private List<RecoveryCriterion> criteria = new ArrayList<>();

    @Column(name = "drafted_by", nullable = false)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "followed_up_cycle_id")
    private Long followedUpCycleId;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected RecoveryPlan() {
        // for JPA
    }

    public RecoveryPlan(long reviewId, long salespersonId, String draftedBy, Instant now) {
        this.reviewId = reviewId;
        this.salespersonId = salespersonId;
        this.draftedBy = draftedBy;
        this.draftedAt = now;
        this.status = RecoveryPlanStatus.DRAFT;
    }

    /** Replaces the draft's actions and criteria (checked by {@link RecoveryPlanRules}). */
    public void revise(List<RecoveryAction> newActions, List<RecoveryCriterion> newCriteria, String by, Instant now) {
        if (status != RecoveryPlanStatus.DRAFT) {
            throw new ConflictException("recovery.notDraft");
        }
        actions.clear();
        actions.addAll(newActions);
        criteria.clear();
        criteria.addAll(newCriteria);
        draftedBy = by;
        draftedAt = now;
    }

    /** The draft is complete: the plan runs until the next published cycle. */
    public void open() {
        if (status != RecoveryPlanStatus.DRAFT || actions.isEmpty() || criteria.isEmpty()) {
            throw new ConflictException("recovery.incomplete");
        }
        status = RecoveryPlanStatus.OPEN;
    }

    public void acknowledge(Instant at) {
        acknowledgedAt = at;
    }

    /**
     * The follow-up at a published cycle, from the salesperson's scores in it by value id.
     *
     * @return open (too few ratings on a criterion's value to judge), succeeded or failed
     */
    public PlanFollowUp followUp(long cycleId, Map<Long, Score> scores, Instant now) {
        if (status != RecoveryPlanStatus.OPEN) {
            throw new ConflictException("recovery.notOpen");
        }
        boolean judgeable = criteria.stream().allMatch(c -> scores.containsKey(c.valueId())
                && !scores.get(c.valueId()).insufficientSample());
        if (!judgeable) {
            return PlanFollowUp.OPEN;
        }
        boolean met = criteria.stream().allMatch(c ->
                scores.get(c.valueId()).consistency().compareTo(c.minConsistency()) >= 0);
        status = met ? RecoveryPlanStatus.SUCCEEDED : RecoveryPlanStatus.FAILED;
        followedUpCycleId = cycleId;
        closedAt = Objects.requireNonNull(now);
        return met ? PlanFollowUp.SUCCEEDED : PlanFollowUp.FAILED;
    }

    public Long id() {
        return id;
    }

    public long reviewId() {
        return reviewId;
    }

    public long salespersonId() {
        return salespersonId;
    }

    public RecoveryPlanStatus status() {
        return status;
    }

    public List<RecoveryAction> actions() {
        return List.copyOf(actions);
    }

    public List<RecoveryCriterion> criteria() {
        return List.copyOf(criteria);
    }

    public String draftedBy() {
        return draftedBy;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public Long followedUpCycleId() {
        return followedUpCycleId;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
