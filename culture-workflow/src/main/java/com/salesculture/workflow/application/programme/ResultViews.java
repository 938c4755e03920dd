package com.salesculture.workflow.application.programme;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the results pages and API show of the deliverables' progress, and what they take in. */
public final class ResultViews {

    private ResultViews() {
    }

    /** A figure as entered: the team by id (null: the whole deliverable). */
    public record ActualInput(Long team, LocalDate asOf, BigDecimal value, String source) {
    }

    /**
     * A row of a CRM export: the deliverable by its number or metric, the team by name (blank: the
     * whole deliverable); {@code line} names the row in errors.
     */
    public record ActualRow(int line, String deliverable, String team, String asOf, String value, String source) {
    }

    public record Actual(LocalDate asOf, BigDecimal value, String source, String recordedBy, Instant recordedAt) implements Serializable {
    }

    /** One series of figures: its team (null and "all teams" for the whole deliverable), reading and history. */
    public record Series(Long teamId, String teamName, BigDecimal latest, BigDecimal share, BigDecimal projected,
                         boolean atRisk, List<Actual> actuals) implements Serializable {
    }

    /** A quarter the deliverable was raised at risk in, and the sales leaders' response (null until given). */
    public record Response(String period, Instant raisedAt, String action, String owner, LocalDate due,
                           String respondedBy, Instant respondedAt) implements Serializable {
    }

    public record DeliverableResult(int number, long deliverableId, String kind, String metric, BigDecimal baseline,
                                    BigDecimal target, String unit, LocalDate dueDate, List<Long> teams,
                                    List<String> teamNames, boolean atRisk, List<Series> series, List<Response> responses) implements Serializable {
    }
}
