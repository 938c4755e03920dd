package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.domain.model.program.StrategicIntents;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Service task "Submit intent" of {@code strategic-intent}: the draft goes to the executives. An
 * intent without deliverables is refused here, in the completing person's transaction, so their
 * completion fails with the field error and the task stays theirs.
 */
@Named("submitIntent")
@ApplicationScoped
public class SubmitIntent implements JavaDelegate {

    @Inject
    private StrategicIntents intents;

    @Inject
    private ProgramRepository programs;

    @Inject
    private DecisionRecorder decisions;

    @Override
    public void execute(DelegateExecution execution) {
        ProgramId programId = ApprovalSteps.programId(execution);
        intents.require(programId).submit(EngineTime.now());
        programs.require(programId).intentDrafted();
        decisions.record(execution, Decision.of(DecisionType.INTENT_SUBMITTED, "program", programId.toString())
                .outcome("submitted"));
    }
}
