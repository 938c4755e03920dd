package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.domain.model.program.StrategicIntent;
import com.salesculture.domain.model.program.StrategicIntents;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task "Record intent decision" of {@code strategic-intent}: approved, or back to the drafter with the reason. */
@Named("recordIntentDecision")
@ApplicationScoped
public class RecordIntentDecision implements JavaDelegate {

    @Inject
    private StrategicIntents intents;

    @Inject
    private ProgramRepository programs;

    @Inject
    private DecisionRecorder decisions;

    @Override
    public void execute(DelegateExecution execution) {
        ProgramId programId = ApprovalSteps.programId(execution);
        StrategicIntent intent = intents.require(programId);
        String actor = ApprovalSteps.actor(execution);
        boolean approved = ApprovalSteps.approved(execution);
        if (approved) {
            intent.approve(actor, EngineTime.now());
        } else {
            intent.reject(actor, EngineTime.now(), ApprovalSteps.reason(execution));
            programs.require(programId).intentReturned();
        }
        decisions.record(execution,
                Decision.of(approved ? DecisionType.INTENT_APPROVED : DecisionType.INTENT_REJECTED, "program",
                programId.toString())
                .outcome(approved ? "approved" : "rejected").reason(intent.approval().rejectionReason()));
    }
}
