package com.salesculture.domain.infrastructure.persistence;

import com.salesculture.domain.model.shared.ConflictException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The "only one …" rules the database keeps by unique constraints, as the conflict a person reads:
 * when two requests race, the loser's commit breaks the constraint, and this names the rule instead
 * of a server error. Checks in the services answer the ordinary, sequential case first.
 */
public final class UniqueRules {

    /** SQL state of a unique violation, on PostgreSQL and H2 alike. */
    static final String UNIQUE_VIOLATION = "23505";

    /** Constraint (or table of a primary key) → message key. */
    private static final Map<String, String> RULES = Map.of(
            "exit_case_one_open", "exit.caseOpen.concurrent",
            "survey_cycle_number", "survey.cycle.concurrent",
            "comp_plan_version_unique", "plan.version.concurrent",
            "performance_review_once", "review.concurrent",
            "recovery_plan", "review.plan.concurrent",
            "survey_response", "survey.link.used",
            "deliverable_actual_once", "actual.recorded.concurrent",
            "pay_run_once", "pay.run.concurrent",
            "pay_statement_corrected_once", "pay.correction.concurrent");

    private UniqueRules() {
    }

    /**
     * Writes the persistence context now; a broken "only one" rule becomes its conflict here, inside
     * the service's transaction (an application exception: rolled back and answered, not logged as a
     * server error).
     */
    public static void write(EntityManager entityManager) {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            throw conflictOf(e).orElseThrow(() -> e);
        }
    }

    /** The conflict a failure stands for, if somewhere among its causes a unique constraint was broken. */
    public static Optional<ConflictException> conflictOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return Optional.of(new ConflictException(keyFor(next.getMessage())));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String keyFor(String message) {
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        return RULES.entrySet().stream().filter(rule -> text.contains(rule.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("conflict.concurrent");
    }
}
