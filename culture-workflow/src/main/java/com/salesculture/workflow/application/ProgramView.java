package com.salesculture.workflow.application;

import com.salesculture.domain.model.program.Program;
import java.time.Instant;

/** What the interfaces show of a programme. */
public record ProgramView(long id, String name, int horizonMonths, String phase, String startedBy,
                          String startedByName, Instant startedAt, String processInstanceId, long version) {

    static ProgramView of(Program program, String startedByName) {
        return new ProgramView(program.programId().value(), program.name(), program.horizonMonths(),
                program.phase().name(), program.startedBy(), startedByName, program.startedAt(),
                program.processInstanceId(), program.version());
    }
}
