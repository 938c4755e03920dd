package com.salesculture.workflow.process;

import com.salesculture.domain.model.program.CompPlan;
import com.salesculture.domain.model.program.CompPlans;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.workflow.application.EngineTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task "Check reviews": both approve → to the executives; either rejects → back to the drafter. */
@Named("checkPlanReviews")
@ApplicationScoped
public class CheckPlanReviews implements JavaDelegate {

    @Inject
    private CompPlans plans;

    @Inject
    private ProgramRepository programs;

    @Override
    public void execute(DelegateExecution execution) {
        ProgramId programId = ApprovalSteps.programId(execution);
        CompPlan plan = plans.require(programId, CompPlanProcess.planVersion(execution));
        boolean passed = plan.reviewsPassed();
        if (!passed) {
            plan.returnFromReview(EngineTime.now());
            programs.require(programId).planReturned();
        }
        execution.setVariable(CompPlanProcess.REVIEWS_PASSED, passed);
    }
}
