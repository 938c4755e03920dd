package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionLog;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.domain.model.program.ValuesCharter;
import com.salesculture.domain.model.program.ValuesCharters;
import com.salesculture.domain.model.salesforce.SalesForce;
import com.salesculture.domain.model.salesforce.Salesperson;
import com.salesculture.domain.model.salesforce.SalespersonStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Service task "Record values decision" of {@code values-selection}: approved (and then every active
 * salesperson with an account is asked to acknowledge the charter, in {@code values-acknowledgement}),
 * or back to the drafter.
 */
@Named("recordValuesDecision")
@ApplicationScoped
public class RecordValuesDecision implements JavaDelegate {

    @Inject
    private ValuesCharters charters;

    @Inject
    private ProgramRepository programs;

    @Inject
    private SalesForce salesForce;

    @Inject
    private DecisionLog decisions;

    @Override
    public void execute(DelegateExecution execution) {
        ProgramId programId = ApprovalSteps.programId(execution);
        ValuesCharter charter = charters.require(programId);
        String actor = ApprovalSteps.actor(execution);
        boolean approved = ApprovalSteps.approved(execution);
        if (approved) {
            charter.approve(actor, Instant.now());
            programs.require(programId).valuesApproved();
            // the salespeople acknowledge in a process of their own, so the set-up goes on meanwhile
            execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(
                    ValuesSelectionProcess.ACKNOWLEDGEMENT_KEY, execution.getProcessBusinessKey(),
                    Map.of(ValuesSelectionProcess.ACKNOWLEDGERS, new ArrayList<>(salesForce
                            .salespeople(null, SalespersonStatus.ACTIVE).stream().map(Salesperson::username)
                            .filter(Objects::nonNull).toList())));
        } else {
            charter.reject(actor, Instant.now(), ApprovalSteps.reason(execution));
            programs.require(programId).valuesReturned();
        }
        decisions.record(new Decision(actor, ApprovalSteps.actorRoles(execution),
                approved ? DecisionType.VALUES_APPROVED : DecisionType.VALUES_REJECTED, "program", programId.toString(),
                approved ? "approved" : "rejected", charter.approval().rejectionReason(), List.of(),
                execution.getProcessInstanceId(), null));
    }
}
