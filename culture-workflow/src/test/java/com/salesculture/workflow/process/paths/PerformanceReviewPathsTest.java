package com.salesculture.workflow.process.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.salesculture.workflow.process.paths.doubles.Doubles;
import com.salesculture.workflow.process.paths.doubles.PerformanceReviewDouble;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The paths of {@code performance-review}: the scores are gathered, the deployed DMN decision recommends,
 * the leader confirms or overrides, a recovery comes with a plan, the salesperson acknowledges.
 */
class PerformanceReviewPathsTest {

    private static final String LEADER = PerformanceReviewDouble.LEADER;
    private static final String SALESPERSON = PerformanceReviewDouble.SALESPERSON_ACCOUNT;

    @RegisterExtension
    final ProcessPaths paths = new ProcessPaths();
    private final Doubles doubles = paths.doubles();

    @Test
    @DisplayName("Values lived: 'meets' is recommended and confirmed, no plan, the salesperson acknowledges")
    void meetsConfirmedThenAcknowledged() {
        doubles.performanceReview.scores("none", true, 0.9, 0.0);
        ProcessInstance review = scoresPublished();

        confirm(review, withVariables("decision", "CONFIRM"));
        acknowledge(review);

        assertThat(review).hasPassedInOrder("ScoresPublished", "GatherScores", "RecommendOutcome", "RecordRecommendation",
                "ConfirmReview", "RecordOutcome", "PlanNeeded", "PlanSettled", "Acknowledgeable", "AcknowledgeReview",
                "RecordAcknowledgement", "Reviewed").hasNotPassed("DraftRecoveryPlan").isEnded();
        assertThat(doubles.performanceReview.calls())
                .containsExactly("gather", "recommend meets", "conclude meets", "acknowledged");
    }

    @Test
    @DisplayName("A value not lived: 'recovery' is recommended and confirmed, the leader drafts a plan, the salesperson acknowledges")
    void recoveryConfirmedThenPlanDraftedThenAcknowledged() {
        doubles.performanceReview.scores("none", true, 0.4, 0.0);
        ProcessInstance review = scoresPublished();

        confirm(review, withVariables("decision", "CONFIRM"));
        draftPlan(review);
        acknowledge(review);

        assertThat(review).hasPassedInOrder("RecordOutcome", "PlanNeeded", "DraftRecoveryPlan", "OpenRecoveryPlan",
                "PlanSettled", "Acknowledgeable", "AcknowledgeReview", "Reviewed").isEnded();
        assertThat(doubles.performanceReview.calls())
                .containsExactly("gather", "recommend recovery", "conclude recovery", "openPlan", "acknowledged");
    }

    @Test
    @DisplayName("The leader overrides 'meets' with 'recovery' and a reason: the plan follows the outcome they concluded")
    void meetsOverriddenWithRecoveryThenPlanDrafted() {
        doubles.performanceReview.scores("none", false, null, 0.0);
        ProcessInstance review = scoresPublished();

        confirm(review, withVariables("decision", "OVERRIDE", "outcome", "RECOVERY", "reason", "Customers complain"));

        assertThat(review).isWaitingAt("DraftRecoveryPlan");
        assertThat(doubles.performanceReview.calls()).containsExactly("gather", "recommend meets", "conclude recovery");
        assertThat(review).as("the decision's outputs as plain text variables, no serialized map").variables()
                .containsEntry("recommendedOutcome", "meets").containsKey("recommendationRationale")
                .doesNotContainKey("recommendation");
    }

    @Test
    @DisplayName("Recovery while a plan is still open: no second plan, the salesperson acknowledges")
    void recoveryWithAnOpenPlanNeedsNoNewPlan() {
        doubles.performanceReview.scores("open", false, null, 0.0);
        ProcessInstance review = scoresPublished();

        confirm(review, withVariables("decision", "CONFIRM"));

        assertThat(review).isWaitingAt("AcknowledgeReview").hasNotPassed("DraftRecoveryPlan");
        assertThat(doubles.performanceReview.calls()).containsExactly("gather", "recommend recovery", "conclude recovery");
    }

    @Test
    @DisplayName("A salesperson without an account: the review ends when concluded, with nobody to acknowledge it")
    void withoutAnAccountEndsWithoutAcknowledgement() {
        doubles.performanceReview.scores("failed", true, 0.3, -0.3).salespersonWithoutAccount();
        ProcessInstance review = scoresPublished();

        confirm(review, withVariables("decision", "CONFIRM"));

        assertThat(review).hasPassed("ReviewedWithoutAccount").hasNotPassed("AcknowledgeReview").isEnded();
        assertThat(doubles.performanceReview.calls()).containsExactly("gather", "recommend exit-review", "conclude exit-review");
    }

    /** Started when a cycle's scores are published; the rest runs in a job of its own, retried on failure. */
    private static ProcessInstance scoresPublished() {
        ProcessInstance review = runtimeService().startProcessInstanceByKey("performance-review", "42",
                withVariables("cycleId", 3L, "salespersonId", 9L));
        assertThat(review).isWaitingAt("ScoresPublished");
        execute(job());
        return review;
    }

    private static void confirm(ProcessInstance review, java.util.Map<String, Object> form) {
        assertThat(review).isWaitingAt("ConfirmReview");
        assertThat(task()).isAssignedTo(LEADER).hasCandidateGroupAssociated("sales-leader");
        complete(task(), form);
    }

    private static void draftPlan(ProcessInstance review) {
        assertThat(review).isWaitingAt("DraftRecoveryPlan");
        assertThat(task()).isAssignedTo(LEADER).hasCandidateGroupAssociated("sales-leader");
        complete(task());
    }

    private static void acknowledge(ProcessInstance review) {
        assertThat(review).isWaitingAt("AcknowledgeReview");
        assertThat(task()).isAssignedTo(SALESPERSON);
        complete(task(), withVariables("comment", "Understood"));
    }
}
