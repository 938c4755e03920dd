package com.salesculture.domain.model.review;

import com.salesculture.domain.model.shared.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a recovery plan: one to ten actions, each with a description, an owner and a due date
 * not in the past; one criterion per targeted value of the charter, with a consistency between 0 and
 * 1. Every broken rule is reported with the field it concerns ({@code actions[1].owner}).
 */
public final class RecoveryPlanRules {

    public static final int MAX_ACTIONS = 10;

    private RecoveryPlanRules() {
    }

    public record CheckedPlan(List<RecoveryAction> actions, List<RecoveryCriterion> criteria) {
    }

    /** @param values the charter's values, name by id */
    public static CheckedPlan check(RecoveryPlanInput input, Map<Long, String> values, LocalDate today) {
        Validation validation = new Validation();
        List<RecoveryPlanInput.Action> actions = input == null || input.actions() == null ? List.of() : input.actions();
        List<RecoveryPlanInput.Criterion> criteria = input == null || input.criteria() == null ? List.of() : input.criteria();
        validation.require(!actions.isEmpty(), "actions", "recovery.actions.required")
                .require(actions.size() <= MAX_ACTIONS, "actions", "recovery.actions.tooMany", MAX_ACTIONS)
                .require(!criteria.isEmpty(), "criteria", "recovery.criteria.required");
        List<RecoveryAction> checkedActions = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            RecoveryPlanInput.Action action = actions.get(i);
            String field = "actions[" + i + "].";
            String description = action == null ? null : Validation.stripped(action.description());
            String owner = action == null ? null : Validation.stripped(action.owner());
            LocalDate due = action == null ? null : action.due();
            validation.require(description != null, field + "description", "recovery.action.description.required")
                    .require(description == null || description.length() <= 500, field + "description",
                            "recovery.action.description.tooLong", 500)
                    .require(owner != null, field + "owner", "recovery.action.owner.required")
                    .require(owner == null || owner.length() <= 100, field + "owner", "recovery.action.owner.tooLong", 100)
                    .require(due != null, field + "due", "recovery.action.due.required")
                    .require(due == null || !due.isBefore(today), field + "due", "recovery.action.due.past");
            checkedActions.add(new RecoveryAction(description, owner, due));
        }
        List<RecoveryCriterion> checkedCriteria = new ArrayList<>();
        Set<Long> targeted = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            RecoveryPlanInput.Criterion criterion = criteria.get(i);
            String field = "criteria[" + i + "].";
            Long valueId = criterion == null ? null : criterion.valueId();
            BigDecimal min = criterion == null ? null : criterion.minConsistency();
            validation.require(valueId != null && values.containsKey(valueId), field + "valueId", "recovery.criterion.value")
                    .require(valueId == null || targeted.add(valueId), field + "valueId", "recovery.criterion.twice")
                    .require(min != null && min.signum() > 0 && min.compareTo(BigDecimal.ONE) <= 0,
                            field + "minConsistency", "recovery.criterion.range");
            if (valueId != null && values.containsKey(valueId) && min != null) {
                checkedCriteria.add(new RecoveryCriterion(valueId, values.get(valueId), min.setScale(2, java.math.RoundingMode.HALF_UP)));
            }
        }
        validation.throwIfInvalid();
        return new CheckedPlan(checkedActions, checkedCriteria);
    }
}
