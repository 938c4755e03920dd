package com.salesculture.domain.model.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A recovery plan as a sales leader writes it: unchecked (see {@link RecoveryPlanRules}). */
public record RecoveryPlanInput(List<Action> actions, List<Criterion> criteria) {

    public record Action(String description, String owner, LocalDate due) {
    }

    public record Criterion(Long valueId, BigDecimal minConsistency) {
    }
}
