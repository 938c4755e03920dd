package com.salesculture.workflow.process;

import com.salesculture.domain.model.program.Program;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.workflow.application.EngineTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Service task "Schedule the next survey cycle" of {@code culture-program}: the next turn of the
 * programme's schedule, counted from its anchor (the end of the set-up) so that due dates do not drift.
 */
@Named("scheduleSurveyCycle")
@ApplicationScoped
public class ScheduleSurveyCycle implements JavaDelegate {

    @Inject
    private ProgramRepository programs;

    @Override
    public void execute(DelegateExecution execution) {
        Program program = programs.require(CultureProgramProcess.programId(execution));
        Instant last = CultureProgramProcess.nextSurveyCycleAt(execution);
        // an instance that waited before schedules had anchors takes the date it waited for as its anchor
        Instant previous = last == null ? EngineTime.now() : last;
        CultureProgramProcess.surveyCycleScheduled(execution, program.anchorSurveys(previous).firstAfter(previous),
                program.horizon().end());
    }
}
