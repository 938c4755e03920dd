package com.salesculture.workflow.application.programme;

import com.salesculture.domain.model.program.ProgramId;
import java.util.List;

/** Starting and reading culture programmes. */
public interface ProgramService {

    /**
     * A sales leader starts a programme; its {@code culture-program} process starts in the same
     * transaction, with the programme id as business key.
     */
    ProgramView start(String name, Integer horizonMonths);

    /**
     * An executive closes the programme with a reason: every process it runs ends (timers, cycles,
     * reviews, follow-ups, acknowledgements), an open survey cycle stops taking answers, each logged.
     *
     * @throws com.salesculture.domain.model.shared.InvalidInputException without a reason
     * @throws com.salesculture.domain.model.shared.ConflictException when it is closed already
     */
    ProgramView close(ProgramId id, String reason);

    List<ProgramView> all();

    ProgramView get(ProgramId id);

    /** The programme with its intent, deliverables, teams, values and plan, as far as they are decided. */
    LineOfSight lineOfSight(ProgramId id);
}
