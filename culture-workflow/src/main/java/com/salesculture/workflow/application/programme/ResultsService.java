package com.salesculture.workflow.application.programme;

import com.salesculture.domain.model.program.ProgramId;
import java.util.List;

/**
 * How the intent's deliverables are going: figures recorded by sales leaders (one by one, or a CRM
 * export), read against baseline and target and projected to the due date. A deliverable whose
 * projection misses its target is at risk: the sales leaders are asked for a response, once per
 * deliverable and quarter.
 */
public interface ResultsService {

    /** Every deliverable of the approved intent with its progress (none before approval). */
    List<ResultViews.DeliverableResult> results(ProgramId programId);

    /**
     * A sales leader records a figure of the {@code number}-th deliverable (1-based, as the intent lists them).
     *
     * @throws com.salesculture.domain.model.shared.InvalidInputException naming each broken rule
     * @throws com.salesculture.domain.model.shared.ConflictException when that day's figure is recorded already
     */
    ResultViews.DeliverableResult record(ProgramId programId, int number, ResultViews.ActualInput input);

    /**
     * A sales leader records a CRM export's figures: all rows or none ({@code rows[n].field} errors, n the
     * file's line), logged once with the file's SHA-256.
     *
     * @return how many figures were recorded
     */
    int importAll(ProgramId programId, List<ResultViews.ActualRow> rows, String sourceSha256);
}
