package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.domain.model.program.ValuesCharter;
import com.salesculture.domain.model.program.ValuesCharters;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
    private DecisionRecorder decisions;

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
        decisions.record(execution,
                Decision.of(approved ? DecisionType.VALUES_APPROVED : DecisionType.VALUES_REJECTED, "program",
                programId.toString())
                .outcome(approved ? "approved" : "rejected").reason(charter.approval().rejectionReason()));
    }
}
