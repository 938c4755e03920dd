package com.salesculture.workflow.process;

import com.salesculture.domain.model.program.Program;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.workflow.application.EngineTime;
import com.salesculture.workflow.application.SurveyCycleLauncher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
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

    /** Service task "Schedule the next survey cycle": one cadence after the last one (or the set-up). */
    public void schedule(DelegateExecution execution) {
        Program program = programs.require(CultureProgramProcess.programId(execution));
        Date last = (Date) execution.getVariable(NEXT_CYCLE_AT);
        Instant from = last == null ? EngineTime.now() : last.toInstant();
        Instant next = from.atZone(ZoneOffset.UTC).plusMonths(program.surveySettings().cadenceMonths()).toInstant();
        Instant horizonEnd = program.horizon().last().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        execution.setVariable(NEXT_CYCLE_AT, Date.from(next));
        execution.setVariable(HORIZON_REACHED, next.isAfter(horizonEnd));
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
