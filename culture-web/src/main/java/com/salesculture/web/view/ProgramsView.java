package com.salesculture.web.view;

import com.salesculture.workflow.application.programme.ProgramService;
import com.salesculture.workflow.application.programme.ProgramView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The programmes page: the list, and the form a sales leader starts a programme with. */
@Named
@ViewScoped
public class ProgramsView implements Serializable {

    @EJB
    private ProgramService programService;

    private List<ProgramView> programs;
    private String name;
    private Integer horizonMonths = 36;

    @PostConstruct
    void load() {
        programs = programService.all();
    }

    public void start() {
        ProgramView started = programService.start(name, horizonMonths);
        FacesMessages.info(Texts.text("programmes.started", started.name()));
        name = null;
        horizonMonths = 36;
        load();
    }

    public List<ProgramView> getPrograms() {
        return programs;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getHorizonMonths() {
        return horizonMonths;
    }

    public void setHorizonMonths(Integer horizonMonths) {
        this.horizonMonths = horizonMonths;
    }
}
