package com.salesculture.workflow.process;

import com.salesculture.domain.model.exit.ExitCase;
import com.salesculture.domain.model.exit.ExitCases;
import com.salesculture.domain.model.exit.ExitStage;
import com.salesculture.workflow.application.EngineTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/** Start listener of each user task of {@code exit-approval}: the case is at that task's stage from now. */
@Named("enterExitStage")
@ApplicationScoped
public class EnterExitStage implements ExecutionListener {

    @Inject
    private ExitCases cases;

    @Override
    public void notify(DelegateExecution execution) {
        ExitCase exitCase = cases.require(ExitCaseProcess.exitCaseId(execution));
        ExitStage next = ExitCaseProcess.stageAt(execution.getCurrentActivityId());
        if (exitCase.stage() != next) {
            exitCase.moveTo(next, EngineTime.now());
        }
    }
}
