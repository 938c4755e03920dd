package com.salesculture.workflow.application.programme;

import java.io.Serializable;
import com.salesculture.domain.model.program.Program;
import java.time.Instant;

/** What the interfaces show of a programme; the last three are null while it runs. */
public record ProgramView(long id, String name, int horizonMonths, String phase, String startedBy,
                          String startedByName, Instant startedAt, String processInstanceId, long version,
                          Instant closedAt, String closedBy, String closeReason) implements Serializable {

    static ProgramView of(Program program, String startedByName) {
        return new ProgramView(program.programId().value(), program.name(), program.horizonMonths(),
                program.phase().name(), program.startedBy(), startedByName, program.startedAt(),
                program.processInstanceId(), program.version(), program.closedAt().orElse(null), program.closedBy(),
                program.closeReason());
    }
}
