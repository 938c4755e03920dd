package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.program.CompPlan;
import com.salesculture.domain.model.program.CompPlans;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.workflow.application.DecisionRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * On completing "HR review" or "Finance review" (the task's definition key names the reviewer): the
 * review goes onto the plan version at once, as the two reviews run in parallel on the same variables.
 */
@Named("recordPlanReview")
@ApplicationScoped
public class RecordPlanReview implements TaskListener {

    @Inject
    private CompPlans plans;

    @Inject
    private DecisionRecorder decisions;

    @Override
    public void notify(DelegateTask task) {
        ProgramId programId = ApprovalSteps.programId(task.getExecution());
        int version = CompPlanProcess.planVersion(task.getExecution());
        CompPlan.Reviewer reviewer = task.getTaskDefinitionKey().startsWith("Hr")
                ? CompPlan.Reviewer.HR : CompPlan.Reviewer.FINANCE;
        ApprovalForm approval = ApprovalSteps.approval(task);
        boolean approved = approval.decision() == ApprovalForm.Decision.APPROVE;
        String reason = approval.reason();
        String by = task.getAssignee();
        plans.require(programId, version).review(reviewer, approved, by, reason);
        decisions.record(task, Decision.of(DecisionType.PLAN_REVIEWED, "program", programId.toString())
                .outcome(reviewer.name().toLowerCase(Locale.ROOT) + (approved ? " approved" : " rejected")
                        + " version " + version)
                .reason(approved ? null : reason).by(by, ApprovalSteps.actorRoles(task)));
    }
}
