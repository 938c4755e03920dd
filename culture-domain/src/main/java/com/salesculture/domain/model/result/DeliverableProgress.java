package com.salesculture.domain.model.result;

import com.salesculture.domain.model.program.Deliverable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a deliverable is going, per series (the whole deliverable, and each team with figures of its
 * own): the latest figure, the share of the way from baseline to target, and the projection to the due
 * date.
 *
 * <p>The projection is a straight line through the series' first and latest figures (with a single
 * figure: from the baseline on the day the intent was approved), carried on to the due date. A series
 * is <em>at risk</em> when that line misses the target at the due date, or when the due date has
 * passed short of it (figures of a single day show no trend yet); "short" follows the direction from baseline to target (a target below the
 * baseline is reached by going down). A deliverable is at risk when any of its series is.
 */
public record DeliverableProgress(long deliverableId, List<Series> series) {

    /** One series: its team (null: the whole deliverable), figures oldest first, and the reading. */
    public record Series(Long team, List<DeliverableActual> actuals, BigDecimal latest, BigDecimal share,
                         BigDecimal projected, boolean atRisk) {
    }

    /**
     * @param since the day the intent was approved: the baseline's day
     */
    public static DeliverableProgress of(Deliverable deliverable, LocalDate since, List<DeliverableActual> actuals,
                                         LocalDate today) {
        Map<Long, List<DeliverableActual>> byTeam = actuals.stream()
                .sorted(Comparator.comparing(DeliverableActual::asOf))
                .collect(Collectors.groupingBy(a -> a.team() == null ? DeliverableActual.WHOLE : a.team(),
                        LinkedHashMap::new, Collectors.toList()));
        List<Series> series = new ArrayList<>();
        byTeam.forEach((team, figures) -> series.add(read(deliverable, since, team == DeliverableActual.WHOLE ? null : team,
                figures, today)));
        series.sort(Comparator.comparing((Series s) -> s.team() != null).thenComparing(s -> s.team() == null ? 0 : s.team()));
        return new DeliverableProgress(deliverable.id(), List.copyOf(series));
    }

    public boolean atRisk() {
        return series.stream().anyMatch(Series::atRisk);
    }

    private static Series read(Deliverable deliverable, LocalDate since, Long team, List<DeliverableActual> figures,
                               LocalDate today) {
        BigDecimal baseline = deliverable.baseline();
        BigDecimal target = deliverable.target();
        DeliverableActual latest = figures.get(figures.size() - 1);
        BigDecimal span = target.subtract(baseline);
        BigDecimal share = latest.value().subtract(baseline).divide(span, 4, RoundingMode.HALF_UP);
        LocalDate fromDay = figures.size() > 1 ? figures.get(0).asOf() : since;
        BigDecimal fromValue = figures.size() > 1 ? figures.get(0).value() : baseline;
        long run = ChronoUnit.DAYS.between(fromDay, latest.asOf());
        BigDecimal projected;
        if (run <= 0) {
            projected = latest.value();
        } else {
            BigDecimal perDay = latest.value().subtract(fromValue).divide(BigDecimal.valueOf(run), 10, RoundingMode.HALF_UP);
            long ahead = Math.max(0, ChronoUnit.DAYS.between(latest.asOf(), deliverable.dueDate()));
            projected = latest.value().add(perDay.multiply(BigDecimal.valueOf(ahead))).setScale(4, RoundingMode.HALF_UP);
        }
        boolean rising = span.signum() > 0;
        boolean reached = rising ? latest.value().compareTo(target) >= 0 : latest.value().compareTo(target) <= 0;
        boolean onCourse = rising ? projected.compareTo(target) >= 0 : projected.compareTo(target) <= 0;
        boolean judged = run > 0; // no time between the two ends of the line: no trend to judge yet
        boolean atRisk = !reached && (today.isAfter(deliverable.dueDate()) || judged && !onCourse);
        return new Series(team, List.copyOf(figures), latest.value(), share, projected, atRisk);
    }
}
