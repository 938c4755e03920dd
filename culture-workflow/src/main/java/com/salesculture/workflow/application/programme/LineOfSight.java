package com.salesculture.workflow.application.programme;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A programme's line of sight (DESIGN §1): intent → deliverables → teams → values → plan → measures →
 * reviews, each with its status and who decided when, and when its next survey cycles are due.
 */
public record LineOfSight(long id, String name, int horizonMonths, String phase, String startedBy,
                          String startedByName, Instant startedAt, String processInstanceId, Intent intent,
                          Values values, Plan plan, List<Process> processes, List<Instant> surveysDue,
                          Closed closed, Measures measures, Reviews reviews) implements Serializable {

    /**
     * The latest published cycle, per value across the sales force: the share of ratings of 4 or 5
     * against the plan's threshold, and the same share in the cycle published before (the trend);
     * null before any cycle is published.
     */
    public record Measures(long cycleId, int cycleNumber, Instant publishedAt, List<Integer> history,
                           List<ValueMeasure> values) implements Serializable {
    }

    /**
     * {@code consistency} and {@code previous} are null without ratings; {@code threshold} without a plan in force.
     * {@code history} is the consistency in each cycle of {@link Measures#history()}, oldest first (null without ratings).
     */
    public record ValueMeasure(String value, int responses, BigDecimal consistency, BigDecimal previous,
                               BigDecimal threshold, List<BigDecimal> history) implements Serializable {
    }

    /** The reviews the latest published cycle started, by what they concluded (or still recommend) and by status. */
    public record Reviews(long cycleId, int total, int meets, int recovery, int exitReview, int open) implements Serializable {
    }

    /** Who closed the programme, when and why; null while it runs. */
    public record Closed(String by, String byName, Instant at, String reason) implements Serializable {
    }

    /**
     * A process of the programme (business key: the programme id), with the one that called it: the
     * programme links to its processes, and each process back to the programme and its caller.
     */
    public record Process(String key, String name, String processInstanceId, String calledBy, Instant started,
                         Instant ended) implements Serializable {
    }

    public record Decision(String status, String decidedBy, String decidedByName, Instant decidedAt,
                           String rejectionReason) implements Serializable {
    }

    public record Team(long id, String name, String leaderName) implements Serializable {
    }

    public record Deliverable(String kind, String metric, BigDecimal baseline, BigDecimal target, String unit,
                              LocalDate dueDate, String customerGroup, List<Team> teams) implements Serializable {
    }

    public record Intent(String statement, Decision decision, List<Deliverable> deliverables) implements Serializable {
    }

    public record Values(int charterVersion, Decision decision, List<ValuesView.Value> values, int acknowledged) implements Serializable {
    }

    /**
     * The compensation plan: the newest version's status ({@code NOT_STARTED} before the first), and
     * the version in force with its terms, if one is approved.
     */
    public record Plan(String status, Integer latestVersion, PlanView inForce) implements Serializable {
    }
}
