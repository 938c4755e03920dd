package com.salesculture.web.view;

import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.workflow.application.programme.LineOfSight;
import com.salesculture.workflow.application.programme.ProgramService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** A programme at a glance: intent → deliverables → teams → values → plan, with who decided when. */
@Named("lineOfSightPage")
@ViewScoped
public class LineOfSightPage implements Serializable {

    @EJB
    private ProgramService programs;

    private Long programId;
    private LineOfSight lineOfSight;
    private String closeReason;

    public void load() {
        lineOfSight = programs.lineOfSight(new ProgramId(programId));
    }

    /** An executive closes the programme with a reason; field errors go next to the reason. */
    public void close() {
        programs.close(new ProgramId(programId), closeReason);
        closeReason = null;
        FacesMessages.info(Texts.text("los.close.done"));
        load();
    }

    /** A share (0–1) as a whole percentage; a dash without one. */
    public String percent(java.math.BigDecimal share) {
        return share == null ? "\u2013" : share.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP) + " %";
    }

    public boolean meets(LineOfSight.ValueMeasure measure) {
        return measure.consistency() != null && measure.threshold() != null
                && measure.consistency().compareTo(measure.threshold()) >= 0;
    }

    /** Up, down or level against the cycle before; nothing to compare: nothing. */
    public String trend(LineOfSight.ValueMeasure measure) {
        if (measure.consistency() == null || measure.previous() == null) {
            return "";
        }
        int compared = measure.consistency().compareTo(measure.previous());
        return compared > 0 ? "\u2197" : compared < 0 ? "\u2198" : "\u2192";
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }

    public Long getProgramId() {
        return programId;
    }

    public void setProgramId(Long programId) {
        this.programId = programId;
    }

    public LineOfSight getLineOfSight() {
        return lineOfSight;
    }
}
