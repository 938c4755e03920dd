package com.salesculture.domain.model.program;

import java.util.Optional;

/** The strategic intents, one per programme. */
public interface StrategicIntents {

    Optional<StrategicIntent> of(ProgramId programId);

    /** The programme's intent, created as an empty draft when there is none yet. */
    StrategicIntent require(ProgramId programId);
}
