package com.salesculture.domain.model.pay;

import java.util.List;
import java.util.Optional;

/** The pay runs of programmes and their statements. */
public interface PayRuns {

    /** Stores a new run; a second run of the same programme and period is a conflict. */
    void add(PayRun run);

    Optional<PayRun> find(long runId);

    /** The programme's run of the period that starts on the day. */
    Optional<PayRun> of(long programId, java.time.LocalDate periodStart);

    /** The programme's runs, newest period first. */
    List<PayRun> ofProgram(long programId);

    void addStatements(List<PayStatement> statements);

    /** Removes the run's drafted statements (before it is drafted again). */
    void removeDrafts(PayRun run);

    /** The statements a run drafted and their corrections, by salesperson name, then oldest first. */
    List<PayStatement> statements(long runId);

    Optional<PayStatement> statement(long statementId);

    /** A salesperson's statements, newest first. */
    List<PayStatement> statementsOf(long salespersonId);

    /** The correction of the statement, if any. */
    Optional<PayStatement> correctionOf(long statementId);
}
