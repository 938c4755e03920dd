package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.program.Program;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import com.salesculture.workflow.application.survey.SurveyCycleLauncher;
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
    static final String HORIZON_ENDS_AT = "horizonEndsAt";

    @Inject
    private ProgramRepository programs;

    @Inject
    private SurveyCycleLauncher launcher;

    @Inject
    private DecisionRecorder decisions;

    @Inject
    private ProcessEnding ending;

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
        execution.setVariable(HORIZON_ENDS_AT, Date.from(horizonEnd));
    }

    /**
     * Service task "Close the programme", at its horizon's end: closed by the system, and whatever still
     * runs in it (a last cycle, its reviews, acknowledgements) ends.
     */
    public void close(DelegateExecution execution) {
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
