package com.salesculture.domain.model.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A success criterion: at the follow-up, this value is lived consistently for at least this share of customers. */
@Embeddable
public class RecoveryCriterion {

    @Column(name = "value_id", nullable = false)
    private long valueId;

    @Column(name = "value_name", nullable = false)
    private String valueName;

    @Column(name = "min_consistency", nullable = false)
    private BigDecimal minConsistency;

    protected RecoveryCriterion() {
        // for JPA
    }

    public RecoveryCriterion(long valueId, String valueName, BigDecimal minConsistency) {
        this.valueId = valueId;
        this.valueName = valueName;
        this.minConsistency = minConsistency;
    }

    public long valueId() {
        return valueId;
    }

    public String valueName() {
        return valueName;
    }

    public BigDecimal minConsistency() {
        return minConsistency;
    }
}
