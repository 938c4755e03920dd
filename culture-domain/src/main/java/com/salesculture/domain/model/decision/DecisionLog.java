package com.salesculture.domain.model.decision;

/**
 * The auditor's trail: every decision, in the transaction that makes it. If that transaction
 * rolls back, so does its entry; no entry is ever updated or deleted.
 */
public interface DecisionLog {

    /** Chains the decision onto the log when the current transaction commits; nothing stays if it rolls back. */
    void record(Decision decision);

    /** The entries about one subject (an exit case, a salesperson), in the order they were recorded. */
    java.util.List<DecisionLogEntry> about(String subjectType, String subjectId);

    /** The entries of one process instance, in the order they were recorded, as the database holds them. */
    java.util.List<DecisionLogEntry> ofProcess(String processInstanceId);

    /**
     * Recomputes the whole chain from the rows as the database holds them, checks every entry's seal
     * and holds the log against the stored checkpoints and those an auditor brings.
     */
    ChainVerification verify(java.util.List<Checkpoint> brought);

    /** Seals the current head and keeps it, to be published to auditors. */
    Checkpoint checkpoint();

    /** The newest stored checkpoints, newest first. */
    java.util.List<Checkpoint> checkpoints(int limit);

    /** The entries matching an auditor's query, as the database holds them. */
    DecisionPage search(DecisionQuery query);
}
