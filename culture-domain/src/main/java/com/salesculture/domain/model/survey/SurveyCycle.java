package com.salesculture.domain.model.survey;

import com.salesculture.domain.model.program.ProgramId;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One round of asking customers how their salesperson lives the programme's values: open until its
 * deadline (a reminder goes out before it), then closed with its scores computed, then published by a
 * sales leader. Its links answer only while it is open.
 */
@Entity
@Table(name = "survey_cycle")
public class SurveyCycle {

    @Id
    @SequenceGenerator(name = "survey_cycle_seq", sequenceName = "survey_cycle_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_cycle_seq")
    private Long id;

    @Column(name = "program_id", nullable = false)
    private long programId;

    @Column(name = "charter_id", nullable = false)
    private long charterId;

    @Column(name = "cycle_number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SurveyCycleStatus status;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "remind_at", nullable = false)
    private Instant remindAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(nullable = false)
    private int invited;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Version
    private long version;

    protected SurveyCycle() {
        // for JPA
    }

    /**
     * Opens cycle {@code number} of a programme on its approved values charter, with the programme's
     * settings: it closes {@code openDays} from now and reminds {@code reminderDays} before.
     */
    public static SurveyCycle open(ProgramId programId, long charterId, int number, SurveySettings settings,
                                   String openedBy, Instant now) {
        SurveyCycle cycle = new SurveyCycle();
        cycle.programId = programId.value();
        cycle.charterId = charterId;
        cycle.number = number;
        cycle.status = SurveyCycleStatus.OPEN;
        cycle.openedBy = Objects.requireNonNull(openedBy);
        cycle.openedAt = now;
        cycle.closesAt = now.plus(Duration.ofDays(settings.openDays()));
        cycle.remindAt = cycle.closesAt.minus(Duration.ofDays(settings.reminderDays()));
        return cycle;
    }

    public void runBy(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The invitations were generated (a count, kept for the response rate). */
    public void invited(int count) {
        this.invited = count;
    }

    /**
     * A sales leader ends the cycle before its deadline: it closes now (no reminder goes out any more).
     *
     * @throws ConflictException when it is not open
     */
    public void closeEarly(Instant now) {
        if (status != SurveyCycleStatus.OPEN) {
            throw new ConflictException("survey.cycle.notOpen", number);
        }
        this.closesAt = now;
        if (remindAt.isAfter(now)) {
            this.remindAt = now;
        }
    }

    /** Whether its reminder is still worth sending (the cycle was not closed early). */
    public boolean remindsAt(Instant now) {
        return status == SurveyCycleStatus.OPEN && now.isBefore(closesAt);
    }

    /** The deadline passed: no more answers; the scores are computed next. */
    public void close(Instant now) {
        if (status == SurveyCycleStatus.OPEN) {
            this.status = SurveyCycleStatus.CLOSED;
            this.closedAt = now;
        }
    }

    /** A sales leader reviewed the scores and published them to the salespeople. */
    public void publish(String by, Instant now) {
        if (status != SurveyCycleStatus.CLOSED) {
            throw new ConflictException("survey.cycle.notClosed", number);
        }
        this.status = SurveyCycleStatus.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = now;
    }

    /** Whether a link of this cycle may still be answered at that moment. */
    public boolean acceptsAnswersAt(Instant now) {
        return acceptsAnswers(status, closesAt, now);
    }

    /** A cycle's links may be answered while it is open and has not reached its closing time. */
    static boolean acceptsAnswers(SurveyCycleStatus status, Instant closesAt, Instant now) {
        return status == SurveyCycleStatus.OPEN && now.isBefore(closesAt);
    }

    public SurveyCycleId cycleId() {
        return id == null ? null : new SurveyCycleId(id);
    }

    public ProgramId programId() {
        return new ProgramId(programId);
    }

    public long charterId() {
        return charterId;
    }

    public int number() {
        return number;
    }

    public SurveyCycleStatus status() {
        return status;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant remindAt() {
        return remindAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public int invitedCount() {
        return invited;
    }

    public String processInstanceId() {
        return processInstanceId;
    }
}
