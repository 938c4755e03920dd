package com.salesculture.workflow.process;

import com.salesculture.domain.model.program.ProgramId;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The typed catalogue of the {@code culture-program} process: its key, its business key
 * (the programme id) and its variables. Nothing else names them.
 */
public final class CultureProgramProcess {

    public static final String KEY = "culture-program";

    private static final String PROGRAM_ID = "programId";

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
}
