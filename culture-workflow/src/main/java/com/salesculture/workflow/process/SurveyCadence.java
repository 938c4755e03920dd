package com.salesculture.workflow.process;

import com.salesculture.domain.model.program.Program;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.workflow.application.EngineTime;
import com.salesculture.workflow.application.SurveyCycleLauncher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.logging.Logger;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The measurement phase of {@code culture-program}: a survey cycle every cadence until the horizon ends. */
@Named("surveyCadence")
@ApplicationScoped
public class SurveyCadence {

    private static final Logger LOG = Logger.getLogger(SurveyCadence.class.getName());
    static final String NEXT_CYCLE_AT = "nextSurveyCycleAt";
    static final String HORIZON_REACHED = "horizonReached";

    @Inject
    private ProgramRepository programs;

    @Inject
    private SurveyCycleLauncher launcher;

    /**
     * Service task "Schedule the next survey cycle": the next turn of the programme's schedule, counted
     * from its anchor (the end of the set-up) so that due dates do not drift.
     */
    public void schedule(DelegateExecution execution) {
        Program program = programs.require(CultureProgramProcess.programId(execution));
        Date last = (Date) execution.getVariable(NEXT_CYCLE_AT);
        // an instance that waited before schedules had anchors takes the date it waited for as its anchor
        Instant previous = last == null ? EngineTime.now() : last.toInstant();
        Instant due = program.anchorSurveys(previous).firstAfter(previous);
        Instant horizonEnd = program.horizon().end();
        execution.setVariable(NEXT_CYCLE_AT, Date.from(due));
        execution.setVariable(HORIZON_REACHED, due.isAfter(horizonEnd));
    }

    /** Service task "Open a survey cycle"; skipped while a cycle opened on demand is still open. */
    public void open(DelegateExecution execution) {
        var programId = CultureProgramProcess.programId(execution);
        if (launcher.hasOpenCycle(programId)) {
            LOG.info(() -> "Programme " + programId + ": a survey cycle is still open; the cadence skips this turn");
            return;
        }
        launcher.open(programId, "cadence", List.of(), execution.getProcessEngineServices().getRuntimeService());
    }
}
