package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.program.CompPlans;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task "Submit plan" of {@code comp-plan-approval}: to HR and Finance (refused without content). */
@Named("submitPlan")
@ApplicationScoped
public class SubmitPlan implements JavaDelegate {

    @Inject
    private CompPlans plans;

    @Inject
    private ProgramRepository programs;

    @Inject
    private DecisionRecorder decisions;

    @Override
    public void execute(DelegateExecution execution) {
        ProgramId programId = ApprovalSteps.programId(execution);
        int version = CompPlanProcess.planVersion(execution);
        plans.require(programId, version).submit(EngineTime.now());
        programs.require(programId).planInReview();
        decisions.record(execution, Decision.of(DecisionType.PLAN_SUBMITTED, "program", programId.toString())
                .outcome("submitted version " + version));
    }
}
