package com.salesculture.web.view;

import com.salesculture.workflow.application.programme.LineOfSight;
import com.salesculture.workflow.application.survey.SurveyViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Charts drawn as SVG by {@code WEB-INF/includes/values-chart.xhtml}: how consistently customers saw each
 * value over cycles (the home page, the line of sight). Coordinates are computed here, so the page holds
 * only attributes (no inline styles, no script: the pages' CSP holds).
 */
@Named("charts")
@ApplicationScoped
public class Charts {

    /** The chart's drawing area in SVG units; shares (0–1) run from the bottom to the top. */
    private static final int WIDTH = 300;
    private static final int HEIGHT = 100;
    private static final int MARGIN = 8;
    /** Room for the axis labels left of the lines. */
    private static final int LEFT = 36;

    /** How customers saw each value over cycles, one line per value. */
    public record Chart(List<Integer> cycles, List<Line> lines) {
    }

    /** One value's line: its polyline points and a dot per cycle with ratings (labelled for screen readers). */
    public record Line(String name, int colour, String points, List<Dot> dots) {
    }

    public record Dot(int x, int y, String label) {
    }

    /** A cycle's response rate as pages show it, in percent: 0 while nobody is invited (the rate is null then). */
    public BigDecimal rate(BigDecimal rate) {
        return rate == null ? BigDecimal.ZERO : rate;
    }

    /** The length of a response rate's bar, 0 to 100 units. */
    public BigDecimal rateBar(BigDecimal rate) {
        return rate(rate).min(BigDecimal.valueOf(100)).max(BigDecimal.ZERO);
    }

    public Chart chartOf(LineOfSight.Measures measures) {
        if (measures == null) {
            return null;
        }
        List<Line> lines = new ArrayList<>();
        for (LineOfSight.ValueMeasure value : measures.values()) {
            lines.add(line(value.value(), lines.size(), measures.history(), value.history()));
        }
        return new Chart(measures.history(), lines);
    }

    public Chart chartOf(SurveyViews.Trend trend) {
        if (trend == null || trend.cycles().isEmpty()) {
            return null;
        }
        List<Integer> cycles = trend.cycles().stream().map(SurveyViews.TrendPoint::cycleNumber).toList();
        List<Line> lines = new ArrayList<>();
        for (SurveyViews.Value value : trend.values()) {
            List<BigDecimal> shares = trend.cycles().stream().map(point -> point.scores().stream()
                    .filter(score -> score.valueId() == value.id()).map(SurveyViews.ValueScore::consistency)
                    .filter(Objects::nonNull).findFirst().orElse(null)).toList();
            lines.add(line(value.name(), lines.size(), cycles, shares));
        }
        return new Chart(cycles, lines);
    }

    /** A cycle's response rate day by day: one line, a point per day since it opened. */
    public Chart progressChart(SurveyViews.Progress progress) {
        List<Integer> days = new ArrayList<>();
        for (int day = 1; day <= progress.days().size(); day++) {
            days.add(day);
        }
        List<BigDecimal> rates = progress.days().stream().map(day -> day.rate().movePointLeft(2)).toList();
        return new Chart(days, List.of(line(Texts.text("surveys.progress.line"), 0, days, rates, "surveys.progress.day")));
    }

    private static Line line(String name, int index, List<Integer> cycles, List<BigDecimal> shares) {
        return line(name, index, cycles, shares, "home.chart.cycle");
    }

    private static Line line(String name, int index, List<Integer> at, List<BigDecimal> shares, String pointLabel) {
        List<Dot> dots = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            if (shares.get(i) != null) {
                dots.add(new Dot(x(i, shares.size()), yOf(shares.get(i)), name + ", " + Texts.text(pointLabel,
                        at.get(i)) + ": " + percent(shares.get(i))));
            }
        }
        String points = String.join(" ", dots.stream().map(dot -> dot.x() + "," + dot.y()).toList());
        return new Line(name, index % 6, points, dots);
    }

    /** Where the chart's gridline for a share (0–1) lies. */
    public int y(BigDecimal share) {
        return yOf(share);
    }

    private static int yOf(BigDecimal share) {
        return HEIGHT - MARGIN - share.multiply(BigDecimal.valueOf(HEIGHT - 2L * MARGIN)).setScale(0, RoundingMode.HALF_UP).intValue();
    }

    private static int x(int index, int count) {
        return count == 1 ? (LEFT + WIDTH - MARGIN) / 2 : LEFT + index * (WIDTH - LEFT - MARGIN) / (count - 1);
    }

    public int x(Integer cycleIndex, List<Integer> cycles) {
        return x(cycleIndex, cycles.size());
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(0, RoundingMode.HALF_UP) + " %";
    }
}
