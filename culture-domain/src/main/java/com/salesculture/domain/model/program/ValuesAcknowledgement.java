package com.salesculture.domain.model.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A salesperson acknowledged a version of a values charter: who (their account), which version, when. */
@Entity
@Table(name = "values_acknowledgement")
public class ValuesAcknowledgement {

    @Id
    @SequenceGenerator(name = "values_acknowledgement_seq", sequenceName = "values_acknowledgement_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "values_acknowledgement_seq")
    private Long id;

    @Column(name = "charter_id", nullable = false)
    private Long charterId;

    @Column(name = "charter_version", nullable = false)
    private int charterVersion;

    @Column(name = "salesperson_id", nullable = false)
    private Long salespersonId;

    @Column(name = "acknowledged_by", nullable = false)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at", nullable = false)
    private Instant acknowledgedAt;

    protected ValuesAcknowledgement() {
        // for JPA
    }

    public ValuesAcknowledgement(ValuesCharter charter, long salespersonId, String by, Instant at) {
        this.charterId = charter.id();
        this.charterVersion = charter.charterVersion();
        this.salespersonId = salespersonId;
        this.acknowledgedBy = Objects.requireNonNull(by);
        this.acknowledgedAt = Objects.requireNonNull(at);
    }

    public int charterVersion() {
        return charterVersion;
    }

    public long salespersonId() {
        return salespersonId;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }
}
