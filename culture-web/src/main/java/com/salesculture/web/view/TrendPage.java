package com.salesculture.web.view;

import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.shared.NotAllowedException;
import com.salesculture.workflow.application.programme.ProgramService;
import com.salesculture.workflow.application.programme.ProgramView;
import com.salesculture.workflow.application.survey.SurveyService;
import com.salesculture.workflow.application.survey.SurveyViews;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

/**
 * A salesperson's scores across a programme's cycles: a chart of the consistency per value and a table of the means. A
 * salesperson who asks for someone else's is sent to their own.
 */
@Named("trendPage")
@ViewScoped
public class TrendPage implements Serializable {

    @EJB
    private SurveyService surveys;

    @EJB
    private ProgramService programs;

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
        }
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
