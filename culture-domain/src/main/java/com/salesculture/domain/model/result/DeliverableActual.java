package com.salesculture.domain.model.result;

import com.salesculture.domain.model.program.Deliverable;
import com.salesculture.domain.model.shared.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a deliverable stood on a day: its value as of that date, for the whole deliverable or for one
 * of its teams, from a named source, and who recorded it when. Recorded once per deliverable, team and
 * day (a second figure for the same day is a conflict, not an overwrite); never changed.
 */
@Entity
@Table(name = "deliverable_actual")
public class DeliverableActual {

    public static final int MAX_SOURCE_LENGTH = 200;
    /** Team key of a figure for the whole deliverable (teams have positive ids). */
    public static final long WHOLE = 0;

    @Id
    @SequenceGenerator(name = "deliverable_actual_seq", sequenceName = "deliverable_actual_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deliverable_actual_seq")
    private Long id;

    @Column(name = "deliverable_id", nullable = false, updatable = false)
    private long deliverableId;

    @Column(name = "team_key", nullable = false, updatable = false)
    private long teamKey;

    @Column(name = "as_of", nullable = false, updatable = false)
    private LocalDate asOf;

    @Column(nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(length = MAX_SOURCE_LENGTH, updatable = false)
    private String source;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected DeliverableActual() {
        // for JPA
    }

    private DeliverableActual(long deliverableId, long teamKey, LocalDate asOf, BigDecimal amount, String source,
                              String recordedBy, Instant recordedAt) {
        this.deliverableId = deliverableId;
        this.teamKey = teamKey;
        this.asOf = asOf;
        this.amount = amount;
        this.source = source;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /**
     * A figure for {@code deliverable}: for the whole of it ({@code team} null) or for one of the teams
     * it names; dated no later than today.
     *
     * @param prefix names the fields in errors ({@code rows[3].}), empty for a single figure
     * @throws com.salesculture.domain.model.shared.InvalidInputException naming each broken rule
     */
    public static DeliverableActual record(Deliverable deliverable, Long team, LocalDate asOf, BigDecimal value,
                                           String source, String by, LocalDate today, Instant now, String prefix) {
        String text = source == null || source.isBlank() ? null : source.strip();
        new Validation()
                .require(team == null || deliverable.teams().contains(team), prefix + "team", "actual.team.notCarrier",
                        String.valueOf(team))
                .require(asOf != null, prefix + "asOf", "actual.asOf.required")
                .require(asOf == null || !asOf.isAfter(today), prefix + "asOf", "actual.asOf.future")
                .require(value != null, prefix + "value", "actual.value.required")
                .require(value == null || value.abs().compareTo(new BigDecimal("1e15")) < 0, prefix + "value",
                        "actual.value.range")
                .require(text == null || text.length() <= MAX_SOURCE_LENGTH, prefix + "source", "actual.source.tooLong",
                        MAX_SOURCE_LENGTH)
                .throwIfInvalid();
        return new DeliverableActual(deliverable.id(), team == null ? WHOLE : team, asOf, value, text,
                Objects.requireNonNull(by), Objects.requireNonNull(now));
    }

    public Long id() {
        return id;
    }

    public long deliverableId() {
        return deliverableId;
    }

    /** The team the figure is for, or null for the whole deliverable. */
    public Long team() {
        return teamKey == WHOLE ? null : teamKey;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public BigDecimal value() {
        return amount;
    }

    public String source() {
        return source;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
