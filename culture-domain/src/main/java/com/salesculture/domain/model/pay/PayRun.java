package com.salesculture.domain.model.pay;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One pay period of a programme under the plan in force: drafted at the period's end (and drafted
 * again when Finance or HR return it, or an executive rejects it), then approved by an executive,
 * which approves its statements with it. One run per programme and period.
 */
@Entity
@Table(name = "pay_run")
public class PayRun {

    public enum Status { DRAFTED, APPROVED }

    @Id
    @SequenceGenerator(name = "pay_run_seq", sequenceName = "pay_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pay_run_seq")
    private Long id;

    @Column(name = "program_id", nullable = false, updatable = false)
    private long programId;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(name = "period_number", nullable = false, updatable = false)
    private int periodNumber;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.DRAFTED;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(nullable = false)
    private int drafts;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "process_instance_id", updatable = false)
    private String processInstanceId;

    @Version
    private long version;

    protected PayRun() {
        // for JPA
    }

    public static PayRun open(long programId, long planId, PayPeriod period, String processInstanceId, Instant now) {
        PayRun run = new PayRun();
        run.programId = programId;
        run.planId = planId;
        run.periodNumber = period.number();
        run.periodStart = period.start();
        run.periodEnd = period.end();
        run.processInstanceId = processInstanceId;
        run.draftedAt = Objects.requireNonNull(now);
        run.drafts = 1;
        return run;
    }

    /** Drafted again (after a return or a rejection); the earlier drafts are gone. */
    public void redrafted(Instant now) {
        requireDraft();
        drafts++;
        draftedAt = now;
    }

    /** Approved with every statement it drafted; none of them changes again. */
    public void approve(List<PayStatement> statements, String by, Instant now) {
        requireDraft();
        status = Status.APPROVED;
        approvedBy = Objects.requireNonNull(by);
        approvedAt = Objects.requireNonNull(now);
        statements.forEach(statement -> statement.approvedWith(this));
    }

    public void requireDraft() {
        if (status != Status.DRAFTED) {
            throw new ConflictException("pay.run.approved");
        }
    }

    public PayPeriod period() {
        return new PayPeriod(periodNumber, periodStart, periodEnd,
                periodStart.plusMonths(PayCadence.YEAR.months()).equals(periodEnd) ? PayCadence.YEAR : PayCadence.QUARTER);
    }

    public Long id() {
        return id;
    }

    public long programId() {
        return programId;
    }

    public long planId() {
        return planId;
    }

    public Status status() {
        return status;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public int drafts() {
        return drafts;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public String processInstanceId() {
        return processInstanceId;
    }
}
