package com.salesculture.workflow.application.survey;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.program.ApprovalStatus;
import com.salesculture.domain.model.program.Program;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.domain.model.program.ValuesCharter;
import com.salesculture.domain.model.program.ValuesCharters;
import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.UtcTime;
import com.salesculture.domain.model.survey.SurveyCycle;
import com.salesculture.domain.model.survey.SurveyCycleStatus;
import com.salesculture.domain.model.survey.SurveyCycles;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import com.salesculture.workflow.process.SurveyCycleProcess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Opens a survey cycle, the one way for both a sales leader's request and the programme's cadence:
 * on the approved values, one open cycle per programme at a time, numbered in order, run by its own
 * {@code survey-cycle} process and logged.
 */
@ApplicationScoped
public class SurveyCycleLauncher {

    @Inject
    private ProgramRepository programs;

    @Inject
    private ValuesCharters charters;

    @Inject
    private SurveyCycles cycles;

    @Inject
    private DecisionRecorder decisions;

    /**
     * @param runtime the engine's runtime service, called as the person (or the process) opening it
     * @throws ConflictException when the programme is closed, without approved values, or while another
     *         cycle of the programme is open
     */
    public SurveyCycle open(ProgramId programId, String openedBy, List<String> roles, RuntimeService runtime) {
        Program program = programs.require(programId);
        program.requireOpen();
        ValuesCharter charter = charters.of(programId).filter(c -> c.approval().status() == ApprovalStatus.APPROVED)
                .orElseThrow(() -> new ConflictException("survey.cycle.noValues", program.name()));
        List<SurveyCycle> earlier = cycles.ofProgram(programId);
        Optional<SurveyCycle> open = earlier.stream().filter(c -> c.status() == SurveyCycleStatus.OPEN).findFirst();
        if (open.isPresent()) {
            throw new ConflictException("survey.cycle.stillOpen", open.get().number(),
                    UtcTime.minutes(open.get().closesAt()));
        }
        int number = earlier.isEmpty() ? 1 : earlier.get(0).number() + 1;
        SurveyCycle cycle = cycles.add(SurveyCycle.open(programId, charter.id(), number, program.surveySettings(),
                openedBy, EngineTime.now()));
        cycle.runBy(runtime.startProcessInstanceByKey(SurveyCycleProcess.KEY,
                programId.toString(), SurveyCycleProcess.startVariables(cycle)).getId());
        decisions.record(Decision.of(DecisionType.SURVEY_CYCLE_OPENED, "survey-cycle", cycle.cycleId().toString())
                .outcome("opened")
                .reason("cycle " + number + " of programme " + programId + ", closes "
                        + UtcTime.minutes(cycle.closesAt()))
                .process(cycle.processInstanceId()).by(openedBy, roles));
        return cycle;
    }

    /** Whether the programme has a cycle open now (the cadence then skips its turn). */
    public boolean hasOpenCycle(ProgramId programId) {
        return cycles.ofProgram(programId).stream().anyMatch(c -> c.status() == SurveyCycleStatus.OPEN);
    }
}
