package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ValuesAcknowledgement;
import com.salesculture.domain.model.program.ValuesCharter;
import com.salesculture.domain.model.program.ValuesCharters;
import com.salesculture.domain.model.salesforce.SalesForce;
import com.salesculture.domain.model.salesforce.Salesperson;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** On completing "Acknowledge the values": who acknowledged which version of the charter, and when. */
@Named("recordAcknowledgement")
@ApplicationScoped
public class RecordAcknowledgement implements TaskListener {

    @Inject
    private ValuesCharters charters;

    @Inject
    private SalesForce salesForce;

    @Inject
    private DecisionRecorder decisions;

    @Override
    public void notify(DelegateTask task) {
        ProgramId programId = ApprovalSteps.programId(task.getExecution());
        ValuesCharter charter = charters.require(programId);
        String username = task.getAssignee();
        Salesperson salesperson = salesForce.byUsername(username).orElseThrow(() ->
                new IllegalStateException("No salesperson has the account " + username));
        charters.acknowledge(new ValuesAcknowledgement(charter, salesperson.id(), username, EngineTime.now()));
        decisions.record(task, Decision.of(DecisionType.VALUES_ACKNOWLEDGED, "salesperson", salesperson.id().toString())
                .outcome("acknowledged version " + charter.charterVersion())
                .by(username, ApprovalSteps.actorRoles(task)));
    }
}
