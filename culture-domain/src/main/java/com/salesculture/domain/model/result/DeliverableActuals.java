package com.salesculture.domain.model.result;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The recorded figures of deliverables, and which deliverables were raised as at risk in which period. */
public interface DeliverableActuals {

    /** Stores figures; one already recorded for the same deliverable, team and day is a conflict. */
    void addAll(List<DeliverableActual> actuals);

    /** The figures of these deliverables, oldest first. */
    List<DeliverableActual> of(Collection<Long> deliverableIds);

    /**
     * Marks the deliverable as raised at risk in {@code period} ({@code 2027-Q1}); false when it was
     * already (then no second response is asked for that period), also under concurrency.
     */
    boolean raiseOnce(long deliverableId, String period);

    /** The sales leaders' response to a deliverable raised at risk in {@code period}. */
    void respond(long deliverableId, String period, String action, String owner, LocalDate due, String by, Instant at);

    /** When these deliverables were raised at risk, and the responses given, oldest first. */
    List<Risk> risks(Collection<Long> deliverableIds);

    /** A deliverable raised at risk in a period, and the response (null fields until given). */
    record Risk(long deliverableId, String period, Instant raisedAt, String action, String owner, LocalDate due,
                String respondedBy, Instant respondedAt) {
    }
}
