package com.salesculture.domain.model.pay;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One value's part of a statement, as it was when the statement was drafted. */
@Embeddable
public class StatementLine {

    @Column(name = "value_id", nullable = false, updatable = false)
    private long valueId;

    @Column(name = "value_name", nullable = false, updatable = false)
    private String valueName;

    @Column(nullable = false, updatable = false, precision = 5, scale = 2)
    private BigDecimal weight;

    /** The numbers of the cycles that counted, comma-separated. */
    @Column(nullable = false, updatable = false)
    private String cycles;

    @Column(nullable = false, updatable = false)
    private int ratings;

    @Column(nullable = false, updatable = false)
    private int favourable;

    @Column(nullable = false, updatable = false, precision = 5, scale = 4)
    private BigDecimal attainment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Judgement judgement;

    protected StatementLine() {
        // for JPA
    }

    StatementLine(ValuesAttainment.Line line) {
        valueId = line.valueId();
        valueName = line.valueName();
        weight = line.weight();
        cycles = line.cycles().stream().map(String::valueOf).collect(Collectors.joining(","));
        ratings = line.ratings();
        favourable = line.favourable();
        attainment = line.attainment();
        judgement = line.judgement();
    }

    public long valueId() {
        return valueId;
    }

    public String valueName() {
        return valueName;
    }

    public BigDecimal weight() {
        return weight;
    }

    public List<Integer> cycles() {
        return cycles.isEmpty() ? List.of() : Arrays.stream(cycles.split(",")).map(Integer::valueOf).toList();
    }

    public int ratings() {
        return ratings;
    }

    public int favourable() {
        return favourable;
    }

    public BigDecimal attainment() {
        return attainment;
    }

    public Judgement judgement() {
        return judgement;
    }
}
