package com.salesculture.web.view;

import com.salesculture.domain.model.shared.PageRequest;
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
        SurveyCycleId cycle = new SurveyCycleId(cycleId);
        if (page == null && salespersonId != null) { // the page with the chosen salesperson's row
            page = pageOf(surveys.scoreRow(cycle, salespersonId).orElse(0));
        }
        page = page == null ? 1 : Math.max(1, page);
        scores = surveys.scores(cycle, new PageRequest(page - 1, ROWS));
        if (page > getPages()) { // past the end (the team shrank, or a hand-made link): the last page
            page = getPages();
            scores = surveys.scores(cycle, new PageRequest(page - 1, ROWS));
        }
        recognition = surveys.recognition(cycle);
        if (salespersonId != null && !"OPEN".equals(scores.cycle().status())) {
            comments = surveys.comments(cycle, salespersonId);
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
        return scores.salespeople();
    }

    /** The page (from 1) that holds the row numbered {@code row} (from 0). */
    static int pageOf(int row) {
        return row / ROWS + 1;
    }

    /** How many pages {@code rows} rows fill (one at least, empty). */
    static int pages(int rows) {
        return Math.max(1, (rows + ROWS - 1) / ROWS);
    }

    public int getPages() {
        return pages(scores.salespeopleTotal());
    }

    public Integer getPage() {
        return page == null ? 1 : page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public int getFirstRow() {
        return Math.min((getPage() - 1) * ROWS + 1, scores.salespeopleTotal());
    }

    public int getLastRow() {
        return (getPage() - 1) * ROWS + scores.salespeople().size();
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
