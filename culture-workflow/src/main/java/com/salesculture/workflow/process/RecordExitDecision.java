package com.salesculture.workflow.process;

import com.salesculture.domain.model.customer.CustomerContacts;
import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.exit.ChecklistItem;
import com.salesculture.domain.model.exit.ChecklistKind;
import com.salesculture.domain.model.exit.ExitCase;
import com.salesculture.domain.model.exit.ExitCases;
import com.salesculture.domain.model.exit.ExitStage;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task "Record the executive's decision" of {@code exit-approval}: approved (the checklist is laid out) or rejected. */
@Named("recordExitDecision")
@ApplicationScoped
public class RecordExitDecision implements JavaDelegate {

    @Inject
    private ExitCases cases;

    @Inject
    private CustomerContacts customers;

    @Inject
    private DecisionRecorder decisions;

    @Override
    public void execute(DelegateExecution execution) {
        ExitCase exitCase = cases.require(ExitCaseProcess.exitCaseId(execution));
        exitCase.approvedBy(ApprovalSteps.actor(execution));
        String reason = ApprovalSteps.reason(execution);
        boolean approved = ApprovalSteps.approved(execution);
        if (approved) {
            List<ChecklistItem> items = new ArrayList<>();
            items.add(new ChecklistItem(exitCase.id(), ChecklistKind.FINAL_PAY, null));
            items.add(new ChecklistItem(exitCase.id(), ChecklistKind.ACCESS_REVOCATION, null));
            customers.servedBy(exitCase.salespersonId()).forEach(customer ->
                    items.add(new ChecklistItem(exitCase.id(), ChecklistKind.CUSTOMER_HANDOVER, customer.id())));
            items.add(new ChecklistItem(exitCase.id(), ChecklistKind.EXIT_INTERVIEW, null));
            cases.addItems(items);
        } else {
            exitCase.end(ExitStage.REJECTED, reason, EngineTime.now());
        }
        decisions.record(execution, Decision.of(approved ? DecisionType.EXIT_APPROVED : DecisionType.EXIT_REJECTED,
                ExitCaseProcess.SUBJECT, exitCase.id().toString()).outcome(approved ? "approved" : "rejected").reason(reason));
    }
}
