package com.salesculture.workflow.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The typed catalogue of {@code comp-plan-approval}: its key, user tasks and variables. Its business
 * key is the programme id; {@code planVersion} names the version it decides.
 */
public final class CompPlanProcess {

    public static final String KEY = "comp-plan-approval";
    public static final String DRAFT_PLAN = "DraftPlan";
    public static final String PLAN_VERSION = "planVersion";
    static final String REVIEWS_PASSED = "reviewsPassed";

    private CompPlanProcess() {
    }

    static int planVersion(DelegateExecution execution) {
        Object version = execution.getVariable(PLAN_VERSION);
        return version == null ? 1 : ((Number) version).intValue();
    }
}
