package com.salesculture.domain.model.decision;

/**
 * The auditor's trail: every decision, in the transaction that makes it. If that transaction
 * rolls back, so does its entry; no entry is ever updated or deleted.
 */
public interface DecisionLog {

    DecisionLogEntry record(Decision decision);

    /** The entries about one subject (an exit case, a salesperson), in the order they were recorded. */
    java.util.List<DecisionLogEntry> about(String subjectType, String subjectId);
}
