package com.salesculture.workflow.process.paths.doubles;

import com.salesculture.domain.model.review.ReviewOutcome;
import com.salesculture.workflow.process.ReviewProcess;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Stands in for the delegates of {@code performance-review} (and {@code StartReviews}): gathers the scores a test gives it as the DMN
 * decision's inputs, and concludes as the real one does: a plan is needed for a recovery outcome unless
 * a plan is open already; the salesperson's account acknowledges, if they have one.
 */
public class PerformanceReviewDouble extends RecordingDouble {

    public static final String LEADER = "lead.lena";
    public static final String SALESPERSON_ACCOUNT = "sam.seller";

    private String recoveryPlan = "none";
    private boolean sampleSufficient = true;
    private Double lowestConsistency = 0.9;
    private double trend = 0.0;
    private String account = SALESPERSON_ACCOUNT;

    /** The inputs of the decision {@code performance-recommendation} that "Gather the scores" finds. */
    public PerformanceReviewDouble scores(String recoveryPlan, boolean sampleSufficient, Double lowestConsistency, double trend) {
        this.recoveryPlan = recoveryPlan;
        this.sampleSufficient = sampleSufficient;
        this.lowestConsistency = lowestConsistency;
        this.trend = trend;
        return this;
    }

    public PerformanceReviewDouble salespersonWithoutAccount() {
        this.account = null;
        return this;
    }

    public void startReviews(DelegateExecution execution) {
        record("startReviews");
    }

    public void gather(DelegateExecution execution) {
        record("gather");
        Map<String, Object> variables = new HashMap<>();
        variables.put("leader", LEADER);
        variables.put("reviewId", 1L);
        variables.put("recoveryPlan", recoveryPlan);
        variables.put("sampleSufficient", sampleSufficient);
        variables.put("lowestConsistency", lowestConsistency);
        variables.put("trend", trend);
        execution.setVariables(variables);
    }

    public void recommend(DelegateExecution execution) {
        record("recommend " + recommended(execution));
    }

    public void conclude(DelegateExecution execution) {
        boolean override = "OVERRIDE".equals(execution.getVariable("decision"));
        ReviewOutcome outcome = override ? ReviewOutcome.valueOf((String) execution.getVariable("outcome"))
                : ReviewOutcome.ofCode(recommended(execution)).orElseThrow();
        record("conclude " + outcome.code());
        boolean planOpen = "open".equals(recoveryPlan);
        execution.setVariable("planNeeded", outcome == ReviewOutcome.RECOVERY && !planOpen);
        execution.setVariable("acknowledger", account);
    }

    public void openPlan(DelegateExecution execution) {
        record("openPlan");
    }

    public void acknowledged(DelegateExecution execution) {
        record("acknowledged");
    }

    private static String recommended(DelegateExecution execution) {
        return ReviewProcess.recommendation(execution).code();
    }
}
