package com.salesculture.workflow.application.programme;

import com.salesculture.domain.model.program.DeliverableInput;
import com.salesculture.domain.model.program.ProgramId;
import java.util.List;

/** A programme's strategic intent: read by everyone in the programme, drafted by sales leaders. */
public interface StrategicIntentService {

    IntentView intent(ProgramId programId);

    /**
     * Replaces the draft's statement and deliverables (a draft, or a rejected intent under rework).
     * Completing the task "Draft strategic intent" submits it.
     */
    IntentView draft(ProgramId programId, Long seenRevision, String statement, List<DeliverableInput> deliverables);
}
