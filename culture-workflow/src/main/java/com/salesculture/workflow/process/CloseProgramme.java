package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.program.Program;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Service task "Close the programme" of {@code culture-program}, at its horizon's end: closed by the
 * system, and whatever still runs in it (a last cycle, its reviews, acknowledgements) ends.
 */
@Named("closeProgramme")
@ApplicationScoped
public class CloseProgramme implements JavaDelegate {

    @Inject
    private ProgramRepository programs;

    @Inject
    private DecisionRecorder decisions;

    @Inject
    private ProcessEnding ending;

    @Override
    public void execute(DelegateExecution execution) {
        ProgramId programId = CultureProgramProcess.programId(execution);
        Program program = programs.require(programId);
        if (program.closed()) {
            return; // an executive was first
        }
        String reason = "The programme reached the end of its horizon";
        program.close(Decision.SYSTEM, reason, EngineTime.now());
        decisions.record(execution, Decision.of(DecisionType.PROGRAM_CLOSED, "program", programId.toString())
                .outcome("closed").reason(reason).bySystem());
        ending.programme(execution.getProcessEngineServices(), execution.getProcessBusinessKey(),
                execution.getProcessInstanceId(), new ProcessEnding.Cause(Decision.SYSTEM, List.of(), "program",
                        programId.toString(), reason));
    }
}
