package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.result.DeliverableActuals;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import com.salesculture.workflow.form.FormType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The step of {@code deliverable-at-risk} after the leader's response: kept with the deliverable, and logged. */
@Named("deliverableRisk")
@ApplicationScoped
public class DeliverableRiskSteps {

    /** The decision log keeps reasons of up to 2,000 characters. */
    private static final int MAX_REASON = 2000;

    @Inject
    private DecisionRecorder decisions;

    @Inject
    private DeliverableActuals actuals;

    /** "Record the response": the action, its owner and date, about the programme. */
    public void responded(DelegateExecution execution) {
        DeliverableResponseForm response = FormType.read(DeliverableResponseForm.class, execution::getVariable);
        actuals.respond(DeliverableRiskProcess.deliverableId(execution), DeliverableRiskProcess.period(execution),
                response.action(), response.owner(), response.actionDue(), ApprovalSteps.actor(execution), EngineTime.now());
        String reason = DeliverableRiskProcess.metric(execution) + ": " + response.action() + " \u2014 " + response.owner()
                + ", by " + response.actionDue();
        decisions.record(execution,
                Decision.of(DecisionType.DELIVERABLE_RESPONSE_RECORDED, "program", execution.getProcessBusinessKey())
                .outcome("responded (" + DeliverableRiskProcess.period(execution) + ")")
                .reason(reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON - 1) + "\u2026" : reason));
    }
}
