package com.salesculture.workflow.process;

import com.salesculture.domain.model.customer.CustomerContact;
import com.salesculture.domain.model.customer.CustomerContacts;
import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.exit.ChecklistItem;
import com.salesculture.domain.model.exit.ChecklistKind;
import com.salesculture.domain.model.exit.ExitCase;
import com.salesculture.domain.model.exit.ExitCases;
import com.salesculture.domain.model.exit.ExitStage;
import com.salesculture.domain.model.salesforce.SalesForce;
import com.salesculture.domain.model.salesforce.Salesperson;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Service task "Close the case" of {@code exit-approval} (its checklist is complete): the salesperson has
 * exited, their customers moved on, and nothing waits for them, or about them, any more.
 */
@Named("closeExitCase")
@ApplicationScoped
public class CloseExitCase implements JavaDelegate {

    @Inject
    private ExitCases cases;

    @Inject
    private SalesForce salesForce;

    @Inject
    private CustomerContacts customers;

    @Inject
    private DecisionRecorder decisions;

    @Inject
    private ProcessEnding ending;

    @Override
    public void execute(DelegateExecution execution) {
        ExitCase exitCase = cases.require(ExitCaseProcess.exitCaseId(execution));
        Map<Long, CustomerContact> served = customers.servedBy(exitCase.salespersonId()).stream()
                .collect(Collectors.toMap(CustomerContact::id, Function.identity()));
        for (ChecklistItem item : cases.checklist(exitCase.id())) {
            if (item.kind() == ChecklistKind.CUSTOMER_HANDOVER && served.containsKey(item.customerId())) {
                served.get(item.customerId()).servedBy(salesForce.require(item.newOwnerId()));
            }
        }
        Salesperson leaver = salesForce.require(exitCase.salespersonId());
        leaver.exit(EngineTime.today());
        exitCase.moveTo(ExitStage.CLOSED, EngineTime.now());
        decisions.record(execution, Decision.of(DecisionType.EXIT_CLOSED, ExitCaseProcess.SUBJECT, exitCase.id().toString())
                .outcome("closed"));
        ending.leaver(execution.getProcessEngineServices(), leaver, new ProcessEnding.Cause(ApprovalSteps.actor(execution),
                ApprovalSteps.actorRoles(execution), "salesperson", leaver.id().toString(),
                "The salesperson left (exit case " + exitCase.id() + ")"));
    }
}
