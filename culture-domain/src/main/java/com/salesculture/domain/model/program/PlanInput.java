package com.salesculture.domain.model.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A compensation plan as entered: the variable share of pay (the rest is base), the share of the
 * variable pay tied to the values, a weight per value (percent), the date it takes effect, the pay
 * period (QUARTER or YEAR; none: a quarter), the consistency a value must reach in a period to count
 * in full (0.5–1; none: 0.8), and whether each cycle's publication names, per value, the salespeople
 * whose customers saw it most consistently (none: no).
 */
public record PlanInput(String description, BigDecimal variableShare, BigDecimal valuesShare,
                        Map<String, BigDecimal> weights, LocalDate effectiveDate, String payPeriod,
                        BigDecimal valuesThreshold, Boolean recognition) {

    public PlanInput(String description, BigDecimal variableShare, BigDecimal valuesShare,
                     Map<String, BigDecimal> weights, LocalDate effectiveDate) {
        this(description, variableShare, valuesShare, weights, effectiveDate, null, null, null);
    }

    public PlanInput(String description, BigDecimal variableShare, BigDecimal valuesShare,
                     Map<String, BigDecimal> weights, LocalDate effectiveDate, String payPeriod, BigDecimal valuesThreshold) {
        this(description, variableShare, valuesShare, weights, effectiveDate, payPeriod, valuesThreshold, null);
    }
}
