package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.exit.ExitCase;
import com.salesculture.domain.model.exit.ExitCases;
import com.salesculture.domain.model.exit.ExitStage;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task "Record the cancellation" of {@code exit-approval}: the message carried who and why. */
@Named("recordExitCancellation")
@ApplicationScoped
public class RecordExitCancellation implements JavaDelegate {

    @Inject
    private ExitCases cases;

    @Inject
    private DecisionRecorder decisions;

    @Override
    public void execute(DelegateExecution execution) {
        ExitCase exitCase = cases.require(ExitCaseProcess.exitCaseId(execution));
        String reason = (String) execution.getVariable(ExitCaseProcess.CANCEL_REASON);
        String by = (String) execution.getVariable(ExitCaseProcess.CANCELLED_BY);
        exitCase.end(ExitStage.CANCELLED, reason, EngineTime.now());
        decisions.record(execution,
                Decision.of(DecisionType.EXIT_CANCELLED, ExitCaseProcess.SUBJECT, exitCase.id().toString())
                .outcome("cancelled").reason(reason).by(by, ApprovalSteps.actorRoles(execution)));
    }
}
