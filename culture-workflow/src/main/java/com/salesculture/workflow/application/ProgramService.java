package com.salesculture.workflow.application;

import com.salesculture.domain.model.program.ProgramId;
import java.util.List;

/** Starting and reading culture programmes. */
public interface ProgramService {

    /**
     * A sales leader starts a programme; its {@code culture-program} process starts in the same
     * transaction, with the programme id as business key.
     */
    ProgramView start(String name, Integer horizonMonths);

    List<ProgramView> all();

    ProgramView get(ProgramId id);

    /** The programme with its intent, deliverables, teams, values and plan, as far as they are decided. */
    LineOfSight lineOfSight(ProgramId id);
}
