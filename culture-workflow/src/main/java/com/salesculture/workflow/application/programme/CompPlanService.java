package com.salesculture.workflow.application.programme;

import com.salesculture.domain.model.program.PlanInput;
import com.salesculture.domain.model.program.ProgramId;
import java.util.List;

/** Versions of a programme's compensation plan: drafted by sales leaders, decided by HR, Finance and executives. */
public interface CompPlanService {

    /** Every version, oldest first. */
    List<PlanView> versions(ProgramId programId);

    PlanView version(ProgramId programId, int planVersion);

    /** Replaces a version's draft; an approved version never changes (409). */
    PlanView draft(ProgramId programId, int planVersion, Long seenRevision, PlanInput input);

    /**
     * Starts the next version from the one in force, through the same approval; the approved version
     * stays in force meanwhile. Refused while another version is being decided, or before one is approved.
     */
    PlanView startNewVersion(ProgramId programId);
}
