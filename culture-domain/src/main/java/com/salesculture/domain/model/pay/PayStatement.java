package com.salesculture.domain.model.pay;

import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.InvalidInputException;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a salesperson earns from the values in one pay period: the attainment per value, the
 * values-linked share as a percentage of their target variable pay for the period, and the amount
 * where that pay is known. Drafted with its run; once approved it never changes: a correction is a new
 * statement naming the one it corrects, approved by an executive in its turn.
 */
@Entity
@Table(name = "pay_statement")
public class PayStatement {

    public static final int MAX_REASON_LENGTH = 2000;

    public enum Status { DRAFT, APPROVED }

    @Id
    @SequenceGenerator(name = "pay_statement_seq", sequenceName = "pay_statement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pay_statement_seq")
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "salesperson_id", nullable = false, updatable = false)
    private long salespersonId;

    @Column(name = "salesperson_name", nullable = false, updatable = false)
    private String salespersonName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.DRAFT;

    @Column(name = "values_share", nullable = false, updatable = false, precision = 5, scale = 2)
    private BigDecimal valuesShare;

    @Column(nullable = false, updatable = false, precision = 3, scale = 2)
    private BigDecimal threshold;

    @Column(nullable = false, updatable = false, precision = 5, scale = 4)
    private BigDecimal attainment;

    @Column(nullable = false, updatable = false)
    private boolean judged;

    @Column(name = "active_days", nullable = false, updatable = false)
    private int activeDays;

    @Column(name = "period_days", nullable = false, updatable = false)
    private int periodDays;

    @Column(name = "share_of_target", nullable = false, updatable = false, precision = 7, scale = 4)
    private BigDecimal shareOfTarget;

    @Column(name = "target_variable_pay", updatable = false, precision = 12, scale = 2)
    private BigDecimal targetVariablePay;

    @Column(updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "corrects_id", updatable = false)
    private Long correctsId;

    @Column(name = "correction_reason", updatable = false, length = MAX_REASON_LENGTH)
    private String correctionReason;

    // read when a statement is shown, not when a run of thousands is approved (which never looks at them)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "pay_statement_line", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderColumn(name = "position")
    private List<StatementLine> lines = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Version
    private long version;

    protected PayStatement() {
        // for JPA
    }

    /** Who the statement is for, and what their yearly target variable pay is (null: not known). */
    public record Payee(long salespersonId, String name, BigDecimal targetVariablePay, int activeDays) {
    }

    /**
     * The statement a run drafts: the values share (percent of variable pay) times the attainment,
     * prorated by the days of the period the salesperson was in the sales force; the amount is that
     * share of the period's part of their yearly target variable pay.
     */
    public static PayStatement draft(PayRun run, Payee payee, BigDecimal valuesShare, BigDecimal threshold,
                                     ValuesAttainment attainment, String by, Instant now) {
        PayStatement statement = new PayStatement();
        statement.runId = run.id();
        statement.salespersonId = payee.salespersonId();
        statement.salespersonName = payee.name();
        statement.valuesShare = valuesShare;
        statement.threshold = threshold;
        statement.attainment = attainment.attainment();
        statement.judged = attainment.judged();
        statement.activeDays = payee.activeDays();
        statement.periodDays = run.period().days();
        statement.shareOfTarget = valuesShare.multiply(attainment.attainment())
                .multiply(BigDecimal.valueOf(payee.activeDays()))
                .divide(BigDecimal.valueOf(statement.periodDays), 4, RoundingMode.HALF_UP);
        statement.targetVariablePay = payee.targetVariablePay();
        statement.amount = amount(payee.targetVariablePay(), run.period().cadence(), statement.shareOfTarget);
        attainment.lines().forEach(line -> statement.lines.add(new StatementLine(line)));
        statement.createdBy = Objects.requireNonNull(by);
        statement.createdAt = Objects.requireNonNull(now);
        return statement;
    }

    /**
     * A correction of this approved statement: the same evidence with another target variable pay (a
     * payroll figure that was wrong or missing), a draft until an executive approves it.
     *
     * @throws ConflictException unless this statement is approved
     * @throws InvalidInputException without a reason, or with a negative pay
     */
    public PayStatement correct(PayRun run, BigDecimal targetVariablePay, String reason, String by, Instant now) {
        if (status != Status.APPROVED) {
            throw new ConflictException("pay.statement.notApproved");
        }
        String why = reason == null ? null : reason.strip();
        if (why == null || why.isEmpty()) {
            throw new InvalidInputException("reason", "pay.correction.reason");
        }
        if (why.length() > MAX_REASON_LENGTH) {
            throw new InvalidInputException("reason", "pay.correction.reason.tooLong", MAX_REASON_LENGTH);
        }
        if (targetVariablePay != null && targetVariablePay.signum() < 0) {
            throw new InvalidInputException("targetVariablePay", "pay.targetVariablePay.negative");
        }
        PayStatement correction = new PayStatement();
        correction.runId = runId;
        correction.salespersonId = salespersonId;
        correction.salespersonName = salespersonName;
        correction.valuesShare = valuesShare;
        correction.threshold = threshold;
        correction.attainment = attainment;
        correction.judged = judged;
        correction.activeDays = activeDays;
        correction.periodDays = periodDays;
        correction.shareOfTarget = shareOfTarget;
        correction.targetVariablePay = targetVariablePay;
        correction.amount = amount(targetVariablePay, run.period().cadence(), shareOfTarget);
        correction.lines = new ArrayList<>(lines);
        correction.correctsId = id;
        correction.correctionReason = why;
        correction.createdBy = by;
        correction.createdAt = now;
        return correction;
    }

    /**
     * An executive approves: from now on nothing changes. Not the one who made it.
     *
     * @throws ConflictException when approved already
     * @throws com.salesculture.domain.model.shared.NotAllowedException for its maker
     */
    public void approve(String by, Instant now) {
        if (status == Status.APPROVED) {
            throw new ConflictException("pay.statement.approved");
        }
        if (by.equals(createdBy)) {
            throw new com.salesculture.domain.model.shared.NotAllowedException("pay.statement.ownCorrection");
        }
        status = Status.APPROVED;
        approvedBy = by;
        approvedAt = now;
    }

    /** The run's approval takes its drafts with it. */
    void approvedWith(PayRun run) {
        if (status == Status.DRAFT && correctsId == null) {
            status = Status.APPROVED;
            approvedBy = run.approvedBy();
            approvedAt = run.approvedAt();
        }
    }

    private static BigDecimal amount(BigDecimal yearly, PayCadence cadence, BigDecimal shareOfTarget) {
        return yearly == null ? null : yearly.multiply(BigDecimal.valueOf(cadence.months()))
                .multiply(shareOfTarget).divide(BigDecimal.valueOf(12 * 100L), 2, RoundingMode.HALF_UP);
    }

    public Long id() {
        return id;
    }

    public long runId() {
        return runId;
    }

    public long salespersonId() {
        return salespersonId;
    }

    public String salespersonName() {
        return salespersonName;
    }

    public Status status() {
        return status;
    }

    public BigDecimal valuesShare() {
        return valuesShare;
    }

    public BigDecimal threshold() {
        return threshold;
    }

    public BigDecimal attainment() {
        return attainment;
    }

    public boolean judged() {
        return judged;
    }

    public int activeDays() {
        return activeDays;
    }

    public int periodDays() {
        return periodDays;
    }

    public BigDecimal shareOfTarget() {
        return shareOfTarget;
    }

    public BigDecimal targetVariablePay() {
        return targetVariablePay;
    }

    public BigDecimal amount() {
        return amount;
    }

    public Long correctsId() {
        return correctsId;
    }

    public String correctionReason() {
        return correctionReason;
    }

    public List<StatementLine> lines() {
        return List.copyOf(lines);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }
}
