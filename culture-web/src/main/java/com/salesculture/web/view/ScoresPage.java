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

    private Long cycleId;
    private Long salespersonId;
    private SurveyViews.CycleScores scores;
    private SurveyViews.Comments comments;
    private java.util.List<SurveyViews.Recognised> recognition = java.util.List.of();

    public void load() {
        scores = surveys.scores(new SurveyCycleId(cycleId));
        recognition = surveys.recognition(new SurveyCycleId(cycleId));
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
