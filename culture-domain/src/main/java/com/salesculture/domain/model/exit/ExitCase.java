package com.salesculture.domain.model.exit;

import com.salesculture.domain.model.review.RecoveryPlan;
import com.salesculture.domain.model.review.RecoveryPlanStatus;
import com.salesculture.domain.model.salesforce.Salesperson;
import com.salesculture.domain.model.salesforce.SalespersonStatus;
import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.Validation;
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
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A proposed exit: who proposed it and why, the evidence as it stood then, and its stage. HR reviews
 * it, an executive other than the proposer and the HR reviewer approves it, HR offboards; it can be
 * cancelled with a reason until it is closed.
 */
@Entity
@Table(name = "exit_case")
public class ExitCase {

    @Id
    @SequenceGenerator(name = "exit_case_seq", sequenceName = "exit_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exit_case_seq")
    private Long id;

    @Column(name = "salesperson_id", nullable = false)
    private long salespersonId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExitReason reason;

    @Column(nullable = false)
    private String statement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExitStage stage;

    @Column(nullable = false)
    private String proposer;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "stage_since", nullable = false)
    private Instant stageSince;

    @Column(name = "hr_reviewer")
    private String hrReviewer;

    private String approver;

    @Column(name = "recovery_plan_id")
    private Long recoveryPlanId;

    @Column(nullable = false)
    private ExitEvidence evidence;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "legal_hold", nullable = false)
    private boolean legalHold;

    @Column(name = "legal_hold_reason")
    private String legalHoldReason;

    @Column(name = "legal_hold_by")
    private String legalHoldBy;

    @Column(name = "legal_hold_at")
    private Instant legalHoldAt;

    /**
     * The salesperson while the case is open, null once it has ended: a unique column, so the database
     * itself keeps to one open case per salesperson, however many proposals arrive at once.
     */
    @Column(name = "open_salesperson_id")
    private Long openSalespersonId;

    @Version
    private long version;

    protected ExitCase() {
        // for JPA
    }

    private ExitCase(long salespersonId, ExitReason reason, String statement, String proposer, Long recoveryPlanId,
                     ExitEvidence evidence, Instant now) {
        this.salespersonId = salespersonId;
        this.reason = reason;
        this.statement = statement;
        this.proposer = Objects.requireNonNull(proposer);
        this.recoveryPlanId = recoveryPlanId;
        this.evidence = Objects.requireNonNull(evidence);
        this.proposedAt = now;
        this.stageSince = now;
        this.stage = ExitStage.HR_REVIEW;
        this.openSalespersonId = salespersonId;
    }

    /**
     * Proposes the exit of a salesperson still in the sales force, through the gate: they failed a
     * recovery plan, or (for unwillingness) documents show it. The case keeps the failed plan and the
     * evidence as it stands now.
     *
     * @param plans the salesperson's recovery plans
     * @param documents how many documents come with the proposal
     * @throws InvalidInputException for a missing reason or statement, or a statement too long
     * @throws GateClosed when neither a failed plan nor documented unwillingness supports the proposal
     */
    public static ExitCase propose(Salesperson salesperson, ExitReason reason, String statement, String proposer,
                                   List<RecoveryPlan> plans, int documents, ExitEvidence evidence, Instant now) {
        String text = Validation.stripped(statement);
        new Validation()
                .require(reason != null, "reason", "exit.reason.required")
                .require(text != null, "statement", "exit.statement.required")
                .require(text == null || text.length() <= MAX_STATEMENT, "statement", "exit.statement.tooLong",
                        MAX_STATEMENT)
                .throwIfInvalid();
        if (salesperson.status() == SalespersonStatus.EXITED) {
            throw new ConflictException("exit.alreadyExited", salesperson.name());
        }
        Optional<RecoveryPlan> failed = plans.stream().filter(plan -> plan.status() == RecoveryPlanStatus.FAILED)
                .findFirst();
        if (failed.isEmpty() && !(reason == ExitReason.UNWILLING && documents > 0)) {
            throw reason == ExitReason.UNWILLING ? new GateClosed("documents", "exit.gate.unwilling")
                    : new GateClosed("reason", "exit.gate.incapable");
        }
        return new ExitCase(salesperson.id(), reason, text, proposer, failed.map(RecoveryPlan::id).orElse(null), evidence,
                now);
    }

    /** The most a proposal's statement may say. */
    public static final int MAX_STATEMENT = 4000;

    /** A proposal the gate refuses: no failed recovery plan, and no documented unwillingness. */
    public static final class GateClosed extends InvalidInputException {

        private final String key;

        GateClosed(String field, String key) {
            super(field, key);
            this.key = key;
        }

        /** The message key that says why, as the decision log records it. */
        public String key() {
            return key;
        }
    }

    public void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The case moves on; an ended case moves no more. */
    public void moveTo(ExitStage next, Instant now) {
        if (stage.ended()) {
            throw new ConflictException("exit.ended", stage);
        }
        stage = next;
        stageSince = now;
        if (next.ended()) {
            endedAt = now;
            openSalespersonId = null;
        }
    }

    public void reviewedBy(String username) {
        hrReviewer = username;
    }

    public void approvedBy(String username) {
        approver = username;
    }

    /** Rejected or cancelled, with the reason. */
    public void end(ExitStage end, String why, Instant now) {
        moveTo(end, now);
        endReason = why;
    }

    /** Nothing of the case may be purged until the hold is released. */
    public void placeLegalHold(String why, String by, Instant at) {
        if (legalHold) {
            throw new ConflictException("exit.hold.already", legalHoldBy);
        }
        legalHold = true;
        legalHoldReason = why;
        legalHoldBy = by;
        legalHoldAt = at;
    }

    public void releaseLegalHold() {
        if (!legalHold) {
            throw new ConflictException("exit.hold.none");
        }
        legalHold = false;
        legalHoldReason = null;
        legalHoldBy = null;
        legalHoldAt = null;
    }

    public boolean legalHold() {
        return legalHold;
    }

    public String legalHoldReason() {
        return legalHoldReason;
    }

    public String legalHoldBy() {
        return legalHoldBy;
    }

    public Instant legalHoldAt() {
        return legalHoldAt;
    }

    public Long id() {
        return id;
    }

    public long salespersonId() {
        return salespersonId;
    }

    public ExitReason reason() {
        return reason;
    }

    public String statement() {
        return statement;
    }

    public ExitStage stage() {
        return stage;
    }

    public String proposer() {
        return proposer;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public Instant stageSince() {
        return stageSince;
    }

    public String hrReviewer() {
        return hrReviewer;
    }

    public String approver() {
        return approver;
    }

    public Long recoveryPlanId() {
        return recoveryPlanId;
    }

    public ExitEvidence evidence() {
        return evidence;
    }

    public String endReason() {
        return endReason;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String processInstanceId() {
        return processInstanceId;
    }
}
