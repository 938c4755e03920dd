package com.salesculture.domain.model.decision;

import java.time.Instant;

/**
 * What an auditor searches the decision log for; every criterion is optional.
 *
 * @param subjectType a subject kind ({@code program}, {@code salesperson}, {@code exit-case}, …)
 * @param subjectId   with the type: one subject
 * @param actor       who decided
 * @param type        what kind of decision
 * @param from        recorded at or after
 * @param to          recorded before
 * @param page        zero based
 * @param size        entries a page (1–1000)
 */
public record DecisionQuery(String subjectType, String subjectId, String actor, DecisionType type, Instant from,
                            Instant to, int page, int size) {

    public static final int MAX_SIZE = 1000;

    /** The same criteria, every match in one page (for an export). */
    public DecisionQuery all(int limit) {
        return new DecisionQuery(subjectType, subjectId, actor, type, from, to, 0, limit);
    }
}
