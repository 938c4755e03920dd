package com.salesculture.web.view;

import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.shared.NotAllowedException;
import com.salesculture.workflow.application.ProgramService;
import com.salesculture.workflow.application.ProgramView;
import com.salesculture.workflow.application.SurveyService;
import com.salesculture.workflow.application.SurveyViews;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A salesperson's scores across a programme's cycles, as a chart (mean per value) and a table. A
 * salesperson who asks for someone else's is sent to their own.
 */
@Named("trendPage")
@ViewScoped
public class TrendPage implements Serializable {

    private static final List<String> COLOURS = List.of("#2563eb", "#16a34a", "#d97706");

    @EJB
    private transient SurveyService surveys;

    @EJB
    private transient ProgramService programs;

    private Long programId;
    private Long salespersonId;
    private SurveyViews.Trend trend;

    public void load() throws IOException {
        Optional<Long> own = surveys.ownSalespersonId();
        if (programId == null) {
            programId = programs.all().stream().findFirst().map(ProgramView::id).orElse(null);
        }
        if (programId == null || (salespersonId == null && own.isEmpty())) {
            return;
        }
        try {
            trend = surveys.trend(new ProgramId(programId), salespersonId == null ? own.get() : salespersonId);
        } catch (NotAllowedException e) {
            // the service decides who may read whose scores; a salesperson is sent to their own
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/trend.xhtml?program=" + programId + "&salesperson=" + own.orElseThrow(() -> e));
        } catch (RuntimeException e) {
            FacesMessages.refused(e, Map.of());
        }
    }

    /** The Chart.js configuration: one line per value, mean by cycle. */
    public String getChart() {
        if (trend == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        trend.cycles().forEach(c -> labels.add(Texts.text("trend.cycle", c.cycleNumber())));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int v = 0; v < trend.values().size(); v++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (SurveyViews.TrendPoint point : trend.cycles()) {
                SurveyViews.ValueScore score = point.scores().get(v);
                if (score.mean() == null) {
                    data.addNull();
                } else {
                    data.add(score.mean());
                }
            }
            datasets.add(Json.createObjectBuilder().add("label", trend.values().get(v).name()).add("data", data)
                    .add("borderColor", COLOURS.get(v % COLOURS.size())).add("fill", false).add("tension", 0.2));
        }
        return ScriptJson.of(Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("animation", false).add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("min", 1).add("max", 5)))).build());
    }

    public Long getProgramId() {
        return programId;
    }

    public void setProgramId(Long programId) {
        this.programId = programId;
    }

    public Long getSalespersonId() {
        return salespersonId;
    }

    public void setSalespersonId(Long salespersonId) {
        this.salespersonId = salespersonId;
    }

    public SurveyViews.Trend getTrend() {
        return trend;
    }
}
