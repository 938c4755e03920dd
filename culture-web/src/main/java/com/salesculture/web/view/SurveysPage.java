package com.salesculture.web.view;

import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.survey.SurveySettings;
import com.salesculture.workflow.application.programme.ProgramService;
import com.salesculture.workflow.application.programme.ProgramView;
import com.salesculture.workflow.application.survey.SurveyService;
import com.salesculture.workflow.application.survey.SurveyViews;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** A programme's survey cycles with their live response rate; sales leaders open one and set the cadence. */
@Named("surveysPage")
@ViewScoped
public class SurveysPage implements Serializable {

    @EJB
    private SurveyService surveys;

    @EJB
    private ProgramService programs;

    private Long programId;
    private ProgramView program;
    private List<SurveyViews.Cycle> cycles = List.of();
    private Integer cadenceMonths;
    private Integer openDays;
    private Integer reminderDays;
    private Integer fatigueDays;

    public void load() {
        ProgramView shown = programs.get(new ProgramId(programId));
        SurveySettings settings = surveys.settings(new ProgramId(programId));
        cadenceMonths = settings.cadenceMonths();
        openDays = settings.openDays();
        reminderDays = settings.reminderDays();
        fatigueDays = settings.fatigueDays();
        refresh();
        program = shown; // last: the page shows a programme only once all of it was read
    }

    /** Polled: the response rate while a cycle is open. */
    public void refresh() {
        cycles = surveys.cycles(new ProgramId(programId));
    }

    public void open() {
        SurveyViews.Cycle cycle = surveys.open(new ProgramId(programId));
        FacesMessages.info(Texts.text("surveys.opened", cycle.number()));
        refresh();
    }

    public void closeNow(long cycleId) {
        SurveyViews.Cycle cycle = surveys.closeNow(new com.salesculture.domain.model.survey.SurveyCycleId(cycleId));
        FacesMessages.info(Texts.text("surveys.closed", cycle.number()));
        refresh();
    }

    public void saveSettings() {
        surveys.changeSettings(new ProgramId(programId), cadenceMonths, openDays, reminderDays, fatigueDays);
        FacesMessages.info(Texts.text("surveys.settings.saved"));
    }

    public Long getProgramId() {
        return programId;
    }

    public void setProgramId(Long programId) {
        this.programId = programId;
    }

    public ProgramView getProgram() {
        return program;
    }

    /** How the open cycles' responses are coming in, day by day. */
    public List<SurveyViews.Progress> getOpenProgress() {
        return cycles.stream().filter(cycle -> "OPEN".equals(cycle.status()))
                .map(cycle -> surveys.progress(new com.salesculture.domain.model.survey.SurveyCycleId(cycle.id()))).toList();
    }

    public List<SurveyViews.Cycle> getCycles() {
        return cycles;
    }

    public Integer getCadenceMonths() {
        return cadenceMonths;
    }

    public void setCadenceMonths(Integer cadenceMonths) {
        this.cadenceMonths = cadenceMonths;
    }

    public Integer getOpenDays() {
        return openDays;
    }

    public void setOpenDays(Integer openDays) {
        this.openDays = openDays;
    }

    public Integer getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(Integer reminderDays) {
        this.reminderDays = reminderDays;
    }

    public Integer getFatigueDays() {
        return fatigueDays;
    }

    public void setFatigueDays(Integer fatigueDays) {
        this.fatigueDays = fatigueDays;
    }
}
