package com.salesculture.workflow.process;

import com.salesculture.domain.model.review.PerformanceReviews;
import com.salesculture.domain.model.review.RecoveryPlan;
import com.salesculture.domain.model.review.RecoveryPlanStatus;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.workflow.form.TaskCompletionRule;
import com.salesculture.workflow.form.TaskForms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/** "Draft the recovery plan" completes only once the review has a draft with actions and criteria. */
@ApplicationScoped
public class PlanDraftedRule implements TaskCompletionRule {

    @Inject
    private PerformanceReviews reviews;

    @Inject
    private ProcessEngine engine;

    @Override
    public String formKey() {
        return TaskForms.RECOVERY_PLAN;
    }

    @Override
    public void check(Task task) {
        Long reviewId = (Long) engine.getTaskService().getVariable(task.getId(), "reviewId");
        boolean drafted = reviews.planOf(reviewId).filter(plan -> plan.status() == RecoveryPlanStatus.DRAFT)
                .map(RecoveryPlan::actions).filter(actions -> !actions.isEmpty()).isPresent();
        if (!drafted) {
            throw new InvalidInputException("plan", "review.plan.missing");
        }
    }
}
