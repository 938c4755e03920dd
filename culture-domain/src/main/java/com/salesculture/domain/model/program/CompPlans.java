package com.salesculture.domain.model.program;

import java.util.List;
import java.util.Optional;

/** Every version of every programme's compensation plan. */
public interface CompPlans {

    /** The versions of a programme's plan, oldest first. */
    List<CompPlan> versions(ProgramId programId);

    Optional<CompPlan> version(ProgramId programId, int planVersion);

    /** The version, created as an empty draft when it does not exist yet. */
    CompPlan require(ProgramId programId, int planVersion);

    void add(CompPlan plan);

    /** The newest approved version: the one salespeople are paid by. */
    default Optional<CompPlan> inForce(ProgramId programId) {
        return CompPlan.inForce(versions(programId));
    }
}
