package com.salesculture.domain.model.program;

import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.Validation;
import com.salesculture.domain.model.survey.SurveySchedule;
import com.salesculture.domain.model.survey.SurveySettings;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A multi-year culture programme: the aggregate root that the line of sight hangs from
 * (intent, deliverables, values, plan, measures, reviews). Its {@code culture-program}
 * process instance knows where the programme stands; this entity knows what was decided.
 */
@Entity
@Table(name = "program")
public class Program {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MIN_HORIZON_MONTHS = 1;
    public static final int MAX_HORIZON_MONTHS = 120;

    @Id
    @SequenceGenerator(name = "program_seq", sequenceName = "program_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "program_seq")
    private Long id;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "horizon_months", nullable = false)
    private int horizonMonths;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProgramPhase phase;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Embedded
    private SurveySettings surveySettings = new SurveySettings();

    /** Where the survey schedule starts: the end of the set-up; null before. */
    @Column(name = "survey_anchor")
    private Instant surveyAnchor;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "close_reason", length = 2000)
    private String closeReason;

    @Version
    private long version;

    protected Program() {
        // for JPA
    }

    private Program(String name, int horizonMonths, String startedBy, Instant startedAt) {
        this.name = name;
        this.horizonMonths = horizonMonths;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.phase = ProgramPhase.DRAFTING_INTENT;
    }

    /**
     * A sales leader starts a programme: a name people recognise and a horizon in months
     * (a culture is built over years, so up to ten).
     *
     * @throws com.salesculture.domain.model.shared.InvalidInputException naming each broken rule
     */
    public static Program start(String name, Integer horizonMonths, String startedBy, Instant now) {
        Validation validation = new Validation()
                .require(name != null && !name.isBlank(), "name", "program.name.required")
                .require(name == null || name.strip().length() <= MAX_NAME_LENGTH, "name",
                        "program.name.tooLong", MAX_NAME_LENGTH)
                .require(horizonMonths != null, "horizonMonths", "program.horizon.required")
                .require(horizonMonths == null
                                || (horizonMonths >= MIN_HORIZON_MONTHS && horizonMonths <= MAX_HORIZON_MONTHS),
                        "horizonMonths", "program.horizon.range", MIN_HORIZON_MONTHS, MAX_HORIZON_MONTHS);
        validation.throwIfInvalid();
        return new Program(name.strip(), horizonMonths, Objects.requireNonNull(startedBy), Objects.requireNonNull(now));
    }

    /**
     * The programme ends: its horizon was reached, or an executive closed it with a reason (the
     * caller checked it). Nothing new starts in it afterwards.
     *
     * @throws ConflictException when it is closed already
     */
    public void close(String by, String reason, Instant at) {
        requireOpen();
        this.phase = ProgramPhase.CLOSED;
        this.closedBy = Objects.requireNonNull(by);
        this.closeReason = reason;
        this.closedAt = Objects.requireNonNull(at);
    }

    /** @throws ConflictException when the programme is closed (nothing new starts in it) */
    public void requireOpen() {
        if (closed()) {
            throw new ConflictException("program.closed");
        }
    }

    public boolean closed() {
        return phase == ProgramPhase.CLOSED;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public String closedBy() {
        return closedBy;
    }

    public String closeReason() {
        return closeReason;
    }

    /** Links the programme to the process instance that runs it (the link back is the business key). */
    public void runBy(String processInstanceId) {
        this.processInstanceId = Objects.requireNonNull(processInstanceId);
    }

    /** The sales leader submitted the strategic intent for approval. */
    public void intentDrafted() {
        this.phase = ProgramPhase.INTENT_DRAFTED;
    }

    /** An executive rejected the intent: it is drafted again. */
    public void intentReturned() {
        this.phase = ProgramPhase.DRAFTING_INTENT;
    }

    public void intentApproved() {
        this.phase = ProgramPhase.INTENT_APPROVED;
    }

    public void valuesDrafted() {
        this.phase = ProgramPhase.VALUES_DRAFTED;
    }

    /** An executive rejected the values: they are drafted again. */
    public void valuesReturned() {
        this.phase = ProgramPhase.INTENT_APPROVED;
    }

    public void valuesApproved() {
        this.phase = ProgramPhase.VALUES_APPROVED;
    }

    /** The first plan went to review; a later version leaves the programme on the plan in force. */
    public void planInReview() {
        if (phase == ProgramPhase.VALUES_APPROVED) {
            this.phase = ProgramPhase.PLAN_IN_REVIEW;
        }
    }

    /** A plan version was returned; without an approved one the plan is drafted again. */
    public void planReturned() {
        if (phase == ProgramPhase.PLAN_IN_REVIEW) {
            this.phase = ProgramPhase.VALUES_APPROVED;
        }
    }

    public void planApproved() {
        this.phase = ProgramPhase.PLAN_APPROVED;
    }

    /** How the programme measures customer perception from now on (the next cycle takes them). */
    public void measureWith(SurveySettings settings) {
        this.surveySettings = Objects.requireNonNull(settings);
    }

    public SurveySettings surveySettings() {
        return surveySettings;
    }

    /** Starts the survey schedule at {@code anchor}, once; later calls keep the first anchor. */
    public SurveySchedule anchorSurveys(Instant anchor) {
        if (surveyAnchor == null) {
            surveyAnchor = Objects.requireNonNull(anchor);
        }
        return surveySchedule().orElseThrow();
    }

    /** When the survey cycles are due, with the cadence in force; empty before the set-up ends. */
    public Optional<SurveySchedule> surveySchedule() {
        return Optional.ofNullable(surveyAnchor)
                .map(anchor -> new SurveySchedule(anchor, surveySettings.cadenceMonths()));
    }

    /** Null until the programme is stored. */
    public ProgramId programId() {
        return id == null ? null : new ProgramId(id);
    }

    public String name() {
        return name;
    }

    /** The days the programme runs; deliverables are due inside them. */
    public Horizon horizon() {
        LocalDate first = LocalDate.ofInstant(startedAt, ZoneOffset.UTC);
        return new Horizon(first, first.plusMonths(horizonMonths));
    }

    public int horizonMonths() {
        return horizonMonths;
    }

    public ProgramPhase phase() {
        return phase;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public long version() {
        return version;
    }
}
