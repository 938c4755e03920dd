package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.result.DeliverableActuals;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
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
        String action = (String) execution.getVariable("action");
        String owner = (String) execution.getVariable("owner");
        String due = (String) execution.getVariable("actionDue");
        actuals.respond(DeliverableRiskProcess.deliverableId(execution), DeliverableRiskProcess.period(execution), action,
                owner, LocalDate.parse(due), ApprovalSteps.actor(execution), EngineTime.now());
        String reason = DeliverableRiskProcess.metric(execution) + ": " + action + " \u2014 " + owner + ", by " + due;
        decisions.record(execution,
                Decision.of(DecisionType.DELIVERABLE_RESPONSE_RECORDED, "program", execution.getProcessBusinessKey())
                .outcome("responded (" + DeliverableRiskProcess.period(execution) + ")")
                .reason(reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON - 1) + "\u2026" : reason));
    }
}
