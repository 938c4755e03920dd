package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.program.CompPlan;
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

/** Service task "Record plan decision": the executive approved the version (it is in force) or returned it. */
@Named("recordPlanDecision")
@ApplicationScoped
public class RecordPlanDecision implements JavaDelegate {

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
        CompPlan plan = plans.require(programId, version);
        String actor = ApprovalSteps.actor(execution);
        boolean approved = ApprovalSteps.approved(execution);
        if (approved) {
            plan.approve(actor, EngineTime.now());
            programs.require(programId).planApproved();
        } else {
            plan.reject(actor, EngineTime.now(), ApprovalSteps.reason(execution));
            programs.require(programId).planReturned();
        }
        decisions.record(execution,
                Decision.of(approved ? DecisionType.PLAN_APPROVED : DecisionType.PLAN_REJECTED, "program",
                programId.toString())
                .outcome((approved ? "approved" : "rejected") + " version " + version)
                .reason(plan.approval().rejectionReason()));
    }
}
