package com.salesculture.workflow.process;

import com.salesculture.domain.model.review.ReviewInputs;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The typed catalogue of {@code performance-review}: one instance per salesperson per published
 * cycle, with the programme id as business key. The DMN inputs are variables of the same names as
 * the decision's input expressions, so the engine's history keeps them with the matched rule.
 */
public final class ReviewProcess {

    public static final String KEY = "performance-review";
    public static final String CONFIRM_TASK = "ConfirmReview";
    public static final String PLAN_TASK = "DraftRecoveryPlan";
    public static final String ACKNOWLEDGE_TASK = "AcknowledgeReview";

    private static final String CYCLE_ID = "cycleId";
    private static final String SALESPERSON_ID = "salespersonId";
    private static final String REVIEW_ID = "reviewId";
    /** The decision's two outputs, mapped by the model to plain text variables. */
    private static final String RECOMMENDED_OUTCOME = "recommendedOutcome";
    private static final String RECOMMENDATION_RATIONALE = "recommendationRationale";
    static final String PLAN_NEEDED = "planNeeded";
    static final String ACKNOWLEDGER = "acknowledger";
    private static final String LEADER = "leader";

    private ReviewProcess() {
    }

    public static Map<String, Object> startVariables(long cycleId, long salespersonId) {
        return Map.of(CYCLE_ID, cycleId, SALESPERSON_ID, salespersonId);
    }

    static long cycleId(DelegateExecution execution) {
        return (Long) execution.getVariable(CYCLE_ID);
    }

    static long salespersonId(DelegateExecution execution) {
        return (Long) execution.getVariable(SALESPERSON_ID);
    }

    static long reviewId(DelegateExecution execution) {
        return (Long) execution.getVariable(REVIEW_ID);
    }

    /**
     * The review's row, the decision's inputs (a null consistency when nothing was rated), and the
     * salesperson's manager, who is given the leader's tasks (none: any sales leader takes them).
     */
    static void gathered(DelegateExecution execution, long reviewId, ReviewInputs inputs, String leader) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(LEADER, leader);
        variables.put(REVIEW_ID, reviewId);
        variables.put("recoveryPlan", inputs.recoveryPlan().code());
        variables.put("sampleSufficient", inputs.sampleSufficient());
        variables.put("lowestConsistency", inputs.lowestConsistency() == null ? null : inputs.lowestConsistency().doubleValue());
        variables.put("trend", inputs.trend().doubleValue());
        execution.setVariables(variables);
    }

    /** What the DMN decision {@code performance-recommendation} recommended: an outcome's code, and why. */
    public record Recommendation(String code, String rationale) {
    }

    public static Recommendation recommendation(VariableScope execution) {
        return new Recommendation((String) execution.getVariable(RECOMMENDED_OUTCOME),
                (String) execution.getVariable(RECOMMENDATION_RATIONALE));
    }
}
