package com.salesculture.workflow.application.survey;

import java.io.Serializable;
import com.salesculture.domain.model.survey.Score;
import com.salesculture.domain.model.survey.SurveyCycle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/** What pages and the API show of survey cycles and their scores. */
public final class SurveyViews {

    private SurveyViews() {
    }

    /**
     * A cycle with its progress: invited, links mailed so far, responded, and the live response rate
     * (percent, one decimal; null before anyone was invited).
     */
    public record Cycle(long id, long programId, int number, String status, String openedBy, Instant openedAt,
                        Instant remindAt, Instant closesAt, Instant closedAt, String publishedBy, Instant publishedAt,
                        int invited, long mailed, long responded, BigDecimal responseRate, String processInstanceId) implements Serializable {

        static Cycle of(SurveyCycle cycle, long mailed, long responded) {
            BigDecimal rate = cycle.invitedCount() == 0 ? null : BigDecimal.valueOf(responded * 100)
                    .divide(BigDecimal.valueOf(cycle.invitedCount()), 1, RoundingMode.HALF_UP);
            return new Cycle(cycle.cycleId().value(), cycle.programId().value(), cycle.number(), cycle.status().name(),
                    cycle.openedBy(), cycle.openedAt(), cycle.remindAt(), cycle.closesAt(), cycle.closedAt(),
                    cycle.publishedBy(), cycle.publishedAt(), cycle.invitedCount(), mailed, responded, rate,
                    cycle.processInstanceId());
        }
    }

    /**
     * How a cycle's responses came in: per day from its opening to its close (or today, while open), how many
     * answered that day and the response rate reached by its end (percent of those invited).
     */
    public record Progress(long cycleId, int number, int invited, List<Day> days) {
    }

    public record Day(java.time.LocalDate day, long responded, BigDecimal rate) {
    }

    /** A value and the salespeople a cycle's publication recognised for it: names only, never scores. */
    public record Recognised(long valueId, String value, List<String> salespeople) implements Serializable {
    }

    public record Value(long id, String name) implements Serializable {
    }

    /** One value's score: mean and consistency (share of ratings 4–5) over {@code responses} ratings. */
    public record ValueScore(long valueId, String value, int responses, BigDecimal mean, BigDecimal consistency,
                             boolean insufficientSample) implements Serializable {

        static ValueScore of(Score score, String valueName) {
            return new ValueScore(score.valueId(), valueName, score.responses(), score.mean(), score.consistency(),
                    score.insufficientSample());
        }
    }

    /** A row of the heatmap: a salesperson and their score for each value, in the charter's order. */
    public record SalespersonScores(long salespersonId, String salesperson, long teamId, String team, int responses,
                                    List<ValueScore> scores) implements Serializable {
    }

    /** A team's aggregate: every rating of its salespeople counted once. */
    public record TeamScores(long teamId, String team, int salespeople, List<ValueScore> scores) implements Serializable {
    }

    /** A cycle's scores: one page of its salespeople ({@code salespeopleTotal} in all), every team. */
    public record CycleScores(Cycle cycle, List<Value> values, List<SalespersonScores> salespeople, int salespeopleTotal,
                              List<TeamScores> teams) implements Serializable {
    }

    /** One cycle of a salesperson's trend. */
    public record TrendPoint(long cycleId, int cycleNumber, String status, List<ValueScore> scores) implements Serializable {
    }

    public record Trend(long salespersonId, String salesperson, long programId, List<Value> values,
                        List<TrendPoint> cycles) implements Serializable {
    }

    /** Leaders read comments only where the sample protects the customers (≥ 5 responses). */
    public record Comments(long salespersonId, int responses, boolean withheld, List<String> comments) implements Serializable {
    }

    /** The public survey: whom it is about, the values to rate, until when. */
    public record Survey(String salesperson, String language, Instant closesAt, List<SurveyValue> values) implements Serializable {
    }

    public record SurveyValue(long id, String name, String statement, List<String> behaviours) implements Serializable {
    }

    /** A customer's response as a leader's follow-up shows it. */
    public record Response(long invitationId, long cycleId, long salespersonId, String salesperson, String customer,
                           String organisation, String email, Instant submittedAt, List<Rating> ratings,
                           String comment) implements Serializable {
    }

    public record Rating(long valueId, String value, int rating) implements Serializable {
    }
}
