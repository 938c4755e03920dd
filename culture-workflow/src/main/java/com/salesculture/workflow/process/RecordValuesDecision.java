package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionLog;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.domain.model.program.ValuesCharter;
import com.salesculture.domain.model.program.ValuesCharters;
import com.salesculture.workflow.application.EngineTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Service task "Record values decision" of {@code values-selection}: approved (the next step asks the
 * sales force to acknowledge the charter), or back to the drafter.
 */
@Named("recordValuesDecision")
@ApplicationScoped
public class RecordValuesDecision implements JavaDelegate {

    @Inject
    private ValuesCharters charters;

    @Inject
    private ProgramRepository programs;

    @Inject
    private DecisionLog decisions;

    @Override
    public void execute(DelegateExecution execution) {
        ProgramId programId = ApprovalSteps.programId(execution);
        ValuesCharter charter = charters.require(programId);
        String actor = ApprovalSteps.actor(execution);
        boolean approved = ApprovalSteps.approved(execution);
        if (approved) {
            charter.approve(actor, EngineTime.now());
            programs.require(programId).valuesApproved();
        } else {
            charter.reject(actor, EngineTime.now(), ApprovalSteps.reason(execution));
            programs.require(programId).valuesReturned();
        }
        decisions.record(new Decision(actor, ApprovalSteps.actorRoles(execution),
                approved ? DecisionType.VALUES_APPROVED : DecisionType.VALUES_REJECTED, "program", programId.toString(),
                approved ? "approved" : "rejected", charter.approval().rejectionReason(), List.of(),
                execution.getProcessInstanceId(), null));
    }
}
