package com.salesculture.domain.model.program;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A specific sales deliverable of a strategic intent: what moves (kind, metric) from where to where
 * (baseline, target, unit) by when, for which customers, carried by which teams.
 */
@Entity
@Table(name = "intent_deliverable")
public class Deliverable {

    @Id
    @SequenceGenerator(name = "intent_deliverable_seq", sequenceName = "intent_deliverable_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intent_deliverable_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliverableKind kind;

    @Column(nullable = false)
    private String metric;

    @Column(nullable = false)
    private BigDecimal baseline;

    @Column(nullable = false)
    private BigDecimal target;

    @Column(nullable = false)
    private String unit;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "customer_group", nullable = false)
    private String customerGroup;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "deliverable_team", joinColumns = @JoinColumn(name = "deliverable_id"))
    @Column(name = "team_id")
    private List<Long> teams = new ArrayList<>();

    protected Deliverable() {
        // for JPA
    }

    Deliverable(DeliverableKind kind, String metric, BigDecimal baseline, BigDecimal target, String unit,
                LocalDate dueDate, String customerGroup, List<Long> teams) {
        this.kind = kind;
        this.metric = metric;
        this.baseline = baseline;
        this.target = target;
        this.unit = unit;
        this.dueDate = dueDate;
        this.customerGroup = customerGroup;
        this.teams = new ArrayList<>(teams);
    }

    /** Null until stored. */
    public Long id() {
        return id;
    }

    public DeliverableKind kind() {
        return kind;
    }

    public String metric() {
        return metric;
    }

    public BigDecimal baseline() {
        return baseline;
    }

    public BigDecimal target() {
        return target;
    }

    public String unit() {
        return unit;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String customerGroup() {
        return customerGroup;
    }

    public List<Long> teams() {
        return List.copyOf(teams);
    }
}
