package com.salesculture.domain.model.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A compensation plan as entered: the variable share of pay (the rest is base), the share of the
 * variable pay tied to the values, a weight per value (percent), and the date it takes effect.
 */
public record PlanInput(String description, BigDecimal variableShare, BigDecimal valuesShare,
                        Map<String, BigDecimal> weights, LocalDate effectiveDate) {
}
