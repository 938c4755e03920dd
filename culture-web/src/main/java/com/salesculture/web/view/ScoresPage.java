package com.salesculture.web.view;

import com.salesculture.domain.model.survey.SurveyCycleId;
import com.salesculture.workflow.application.survey.SurveyService;
import com.salesculture.workflow.application.survey.SurveyViews;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A cycle's heatmap (salesperson × value: mean, consistency, count), its team view, and for a chosen
 * salesperson the customers' comments (leaders only, and only from 5 responses).
 */
@Named("scoresPage")
@ViewScoped
public class ScoresPage implements Serializable {

    @EJB
    private SurveyService surveys;

    /** Heatmap rows a page shows: a team of thousands is read page by page, not sent whole. */
    static final int ROWS = 50;

    private Long cycleId;
    private Long salespersonId;
    private Integer page;
    private SurveyViews.CycleScores scores;
    private SurveyViews.Comments comments;
    private java.util.List<SurveyViews.Recognised> recognition = java.util.List.of();

    public void load() {
        scores = surveys.scores(new SurveyCycleId(cycleId));
        recognition = surveys.recognition(new SurveyCycleId(cycleId));
        if (page == null && salespersonId != null) { // the page with the chosen salesperson's row
            page = pageOf(scores.salespeople().stream().map(SurveyViews.SalespersonScores::salespersonId).toList(), salespersonId);
        }
        if (salespersonId != null && !"OPEN".equals(scores.cycle().status())) {
            comments = surveys.comments(new SurveyCycleId(cycleId), salespersonId);
        }
    }

    /** The heat of a cell: from the mean (1–5), or none when the sample is too small to read. */
    public String heat(SurveyViews.ValueScore score) {
        if (score.insufficientSample() || score.mean() == null) {
            return "heat-none";
        }
        return "heat-" + score.mean().setScale(0, java.math.RoundingMode.HALF_UP).intValue();
    }

    public String percent(BigDecimal share) {
        return share == null ? "" : share.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }

    /** This page's rows of the heatmap. */
    public java.util.List<SurveyViews.SalespersonScores> getRows() {
        return rowsOf(scores.salespeople(), getPage());
    }

    /** Rows {@code (page - 1) × ROWS} on, at most {@link #ROWS}; none past the end. */
    static <T> java.util.List<T> rowsOf(java.util.List<T> all, int page) {
        int from = Math.min((page - 1) * ROWS, all.size());
        return all.subList(from, Math.min(from + ROWS, all.size()));
    }

    /** The page that holds a row (1 when it is not there). */
    static <T> int pageOf(java.util.List<T> all, T row) {
        return Math.max(0, all.indexOf(row)) / ROWS + 1;
    }

    public int getPages() {
        return Math.max(1, (scores.salespeople().size() + ROWS - 1) / ROWS);
    }

    /** The page asked for, within the pages there are. */
    public Integer getPage() {
        int asked = page == null ? 1 : page;
        return scores == null ? asked : Math.max(1, Math.min(asked, getPages()));
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public int getFirstRow() {
        return Math.min((getPage() - 1) * ROWS + 1, scores.salespeople().size());
    }

    public int getLastRow() {
        return Math.min(getPage() * ROWS, scores.salespeople().size());
    }

    public String salespersonName() {
        return scores == null || salespersonId == null ? "" : scores.salespeople().stream()
                .filter(r -> r.salespersonId() == salespersonId).map(SurveyViews.SalespersonScores::salesperson)
                .findFirst().orElse("");
    }

    public java.util.List<SurveyViews.Recognised> getRecognition() {
        return recognition;
    }

    public String names(java.util.List<String> names) {
        return String.join(", ", names);
    }

    public Long getCycleId() {
        return cycleId;
    }

    public void setCycleId(Long cycleId) {
        this.cycleId = cycleId;
    }

    public Long getSalespersonId() {
        return salespersonId;
    }

    public void setSalespersonId(Long salespersonId) {
        this.salespersonId = salespersonId;
    }

    public SurveyViews.CycleScores getScores() {
        return scores;
    }

    public SurveyViews.Comments getComments() {
        return comments;
    }
}
