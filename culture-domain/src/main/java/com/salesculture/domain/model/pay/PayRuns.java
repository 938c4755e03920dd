package com.salesculture.domain.model.pay;

import com.salesculture.domain.model.shared.Page;
import com.salesculture.domain.model.shared.PageRequest;
import java.math.BigDecimal;
import java.util.Collection;
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

    /** The statements a run drafted and their corrections, by salesperson name, then oldest first (all: payroll's). */
    List<PayStatement> statements(long runId);

    /**
     * One page of {@link #statements(long)}; {@code name} (may be null) narrows them to salespeople whose name
     * contains it.
     */
    Page<PayStatement> statements(long runId, String name, PageRequest page);

    /** The corrections of these statements (a correction may be corrected in its turn). */
    List<PayStatement> correctionsOf(Collection<Long> statementIds);

    /**
     * How many statements of the run count, and their amounts' total, counted in the database: once the run is
     * approved, those in force (approved, and no approved correction of theirs); before, its drafts.
     */
    Total total(PayRun run);

    /** A run's statements that count and their amounts' total (statements without an amount add nothing). */
    record Total(long statements, BigDecimal amount) {
    }

    Optional<PayStatement> statement(long statementId);

    /** A salesperson's statements, newest first. */
    List<PayStatement> statementsOf(long salespersonId);

    /** The correction of the statement, if any. */
    Optional<PayStatement> correctionOf(long statementId);
}
