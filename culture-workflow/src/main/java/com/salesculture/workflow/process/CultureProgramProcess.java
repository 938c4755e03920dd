package com.salesculture.workflow.process;

import com.salesculture.domain.model.program.ProgramId;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The typed catalogue of the {@code culture-program} process: its key, its business key
 * (the programme id) and its variables. Nothing else names them.
 */
public final class CultureProgramProcess {

    public static final String KEY = "culture-program";

    private static final String PROGRAM_ID = "programId";
    private static final String NEXT_CYCLE_AT = "nextSurveyCycleAt";
    private static final String HORIZON_REACHED = "horizonReached";
    private static final String HORIZON_ENDS_AT = "horizonEndsAt";

    private CultureProgramProcess() {
    }

    public static String businessKey(ProgramId programId) {
        return programId.toString();
    }

    public static Map<String, Object> startVariables(ProgramId programId) {
        return Map.of(PROGRAM_ID, programId.value());
    }

    public static ProgramId programId(DelegateExecution execution) {
        return new ProgramId((Long) execution.getVariable(PROGRAM_ID));
    }

    /** When the survey cadence's next cycle was due, or null before the first turn. */
    static Instant nextSurveyCycleAt(DelegateExecution execution) {
        Date due = (Date) execution.getVariable(NEXT_CYCLE_AT);
        return due == null ? null : due.toInstant();
    }

    /** The cadence's next turn, for the timer, and whether it falls past the programme's horizon. */
    static void surveyCycleScheduled(DelegateExecution execution, Instant due, Instant horizonEnd) {
        execution.setVariable(NEXT_CYCLE_AT, Date.from(due));
        execution.setVariable(HORIZON_REACHED, due.isAfter(horizonEnd));
        execution.setVariable(HORIZON_ENDS_AT, Date.from(horizonEnd));
    }
}
