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
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task "Record the response" of {@code deliverable-at-risk}: the action, its owner and date, kept with the deliverable and logged about the programme. */
@Named("recordDeliverableResponse")
@ApplicationScoped
public class RecordDeliverableResponse implements JavaDelegate {

    /** The decision log keeps reasons of up to 2,000 characters. */
    private static final int MAX_REASON = 2000;

    @Inject
    private DecisionRecorder decisions;

    @Inject
    private DeliverableActuals actuals;

    @Override
    public void execute(DelegateExecution execution) {
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
