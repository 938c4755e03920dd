package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionLog;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.program.CompPlan;
import com.salesculture.domain.model.program.CompPlans;
import com.salesculture.domain.model.program.ProgramId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
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
    private DecisionLog decisions;

    @Override
    public void notify(DelegateTask task) {
        ProgramId programId = ApprovalSteps.programId(task.getExecution());
        int version = CompPlanProcess.planVersion(task.getExecution());
        CompPlan.Reviewer reviewer = task.getTaskDefinitionKey().startsWith("Hr")
                ? CompPlan.Reviewer.HR : CompPlan.Reviewer.FINANCE;
        boolean approved = "APPROVE".equals(task.getVariable(ApprovalSteps.DECISION));
        String reason = (String) task.getVariable(ApprovalSteps.REASON);
        String by = task.getAssignee();
        plans.require(programId, version).review(reviewer, approved, by, reason);
        decisions.record(new Decision(by, ApprovalSteps.actorRoles(task), DecisionType.PLAN_REVIEWED, "program",
                programId.toString(), reviewer.name().toLowerCase(Locale.ROOT) + (approved ? " approved" : " rejected")
                        + " version " + version, approved ? null : reason, List.of(), task.getProcessInstanceId(),
                task.getId()));
    }
}
