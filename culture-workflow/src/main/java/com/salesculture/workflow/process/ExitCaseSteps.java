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
import com.salesculture.domain.model.shared.NotFoundException;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import com.salesculture.workflow.form.FormType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The steps of {@code exit-approval}: each moves the case to its stage and writes the decision into
 * the log, in the transaction of the task that led to it.
 */
@Named("exitCase")
@ApplicationScoped
public class ExitCaseSteps {

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

    /** On entering a user task: the case is at that stage from now. */
    public void stage(DelegateExecution execution, String stage) {
        ExitCase exitCase = exitCase(execution);
        ExitStage next = ExitStage.valueOf(stage);
        if (exitCase.stage() != next) {
            exitCase.moveTo(next, EngineTime.now());
        }
    }

    /** "Record HR's review": accepted (on to the executive), returned for evidence, or rejected. */
    public void hrReviewed(DelegateExecution execution) {
        ExitCase exitCase = exitCase(execution);
        String actor = ApprovalSteps.actor(execution);
        ExitHrReviewForm review = FormType.read(ExitHrReviewForm.class, execution::getVariable);
        exitCase.reviewedBy(actor);
        if (review.decision() == ExitHrReviewForm.Decision.REJECT) {
            exitCase.end(ExitStage.REJECTED, review.comment(), EngineTime.now());
        }
        record(execution, exitCase, DecisionType.EXIT_HR_REVIEWED, review.decision().name().toLowerCase(Locale.ROOT),
                review.comment());
    }

    /** "Record the added evidence": the proposer's note; HR reviews again. */
    public void evidenceAdded(DelegateExecution execution) {
        record(execution, exitCase(execution), DecisionType.EXIT_EVIDENCE_ADDED, "added",
                FormType.read(ExitEvidenceForm.class, execution::getVariable).note());
    }

    /** "Record the executive's decision": approved (the checklist is laid out) or rejected. */
    public void executiveDecided(DelegateExecution execution) {
        ExitCase exitCase = exitCase(execution);
        exitCase.approvedBy(ApprovalSteps.actor(execution));
        if (ApprovalSteps.approved(execution)) {
            List<ChecklistItem> items = new ArrayList<>();
            items.add(new ChecklistItem(exitCase.id(), ChecklistKind.FINAL_PAY, null));
            items.add(new ChecklistItem(exitCase.id(), ChecklistKind.ACCESS_REVOCATION, null));
            customers.servedBy(exitCase.salespersonId()).forEach(customer ->
                    items.add(new ChecklistItem(exitCase.id(), ChecklistKind.CUSTOMER_HANDOVER, customer.id())));
            items.add(new ChecklistItem(exitCase.id(), ChecklistKind.EXIT_INTERVIEW, null));
            cases.addItems(items);
            record(execution, exitCase, DecisionType.EXIT_APPROVED, "approved", ApprovalSteps.reason(execution));
        } else {
            exitCase.end(ExitStage.REJECTED, ApprovalSteps.reason(execution), EngineTime.now());
            record(execution, exitCase, DecisionType.EXIT_REJECTED, "rejected", ApprovalSteps.reason(execution));
        }
    }

    /** "Close the case" (its checklist is complete): the salesperson has exited, their customers moved on. */
    public void close(DelegateExecution execution) {
        ExitCase exitCase = exitCase(execution);
        Map<Long, CustomerContact> served = customers.servedBy(exitCase.salespersonId()).stream()
                .collect(Collectors.toMap(CustomerContact::id, Function.identity()));
        for (ChecklistItem item : cases.checklist(exitCase.id())) {
            if (item.kind() == ChecklistKind.CUSTOMER_HANDOVER && served.containsKey(item.customerId())) {
                served.get(item.customerId()).servedBy(salesperson(item.newOwnerId()));
            }
        }
        Salesperson leaver = salesperson(exitCase.salespersonId());
        leaver.exit(EngineTime.today());
        exitCase.moveTo(ExitStage.CLOSED, EngineTime.now());
        record(execution, exitCase, DecisionType.EXIT_CLOSED, "closed", null);
        // nothing waits for them, or about them, any more
        ending.leaver(execution.getProcessEngineServices(), leaver, new ProcessEnding.Cause(ApprovalSteps.actor(execution),
                ApprovalSteps.actorRoles(execution), "salesperson", leaver.id().toString(),
                "The salesperson left (exit case " + exitCase.id() + ")"));
    }

    /** "Record the cancellation" (the message carried who and why). */
    public void cancelled(DelegateExecution execution) {
        ExitCase exitCase = exitCase(execution);
        String reason = (String) execution.getVariable(ExitCaseProcess.CANCEL_REASON);
        String by = (String) execution.getVariable(ExitCaseProcess.CANCELLED_BY);
        exitCase.end(ExitStage.CANCELLED, reason, EngineTime.now());
        decisions.record(execution,
                Decision.of(DecisionType.EXIT_CANCELLED, ExitCaseProcess.SUBJECT, exitCase.id().toString())
                .outcome("cancelled").reason(reason).by(by, ApprovalSteps.actorRoles(execution)));
    }

    private void record(DelegateExecution execution, ExitCase exitCase, DecisionType type, String outcome, String reason) {
        decisions.record(execution, Decision.of(type, ExitCaseProcess.SUBJECT, exitCase.id().toString())
                .outcome(outcome).reason(reason));
    }

    private ExitCase exitCase(DelegateExecution execution) {
        long id = ExitCaseProcess.exitCaseId(execution);
        return cases.find(id).orElseThrow(() -> new NotFoundException("exit.notFound", id));
    }

    private Salesperson salesperson(long id) {
        return salesForce.salesperson(id).orElseThrow(() -> new NotFoundException("salesperson.notFound", id));
    }
}
