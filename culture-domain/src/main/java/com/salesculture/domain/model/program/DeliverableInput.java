package com.salesculture.domain.model.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A deliverable as entered (values already read as their types; null where missing). */
public record DeliverableInput(String kind, String metric, BigDecimal baseline, BigDecimal target, String unit,
                               LocalDate dueDate, String customerGroup, List<Long> teams) {
}
