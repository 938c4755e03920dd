package com.salesculture.workflow.process.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.salesculture.workflow.process.paths.doubles.Doubles;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The paths of {@code comp-plan-approval}: a sales leader drafts a plan version, HR and Finance review it
 * in parallel, an executive approves it; any rejection returns it to the drafters.
 */
class CompPlanApprovalPathsTest {

    @RegisterExtension
    final ProcessPaths paths = new ProcessPaths();
    private final Doubles doubles = paths.doubles();

    @Test
    @DisplayName("HR and Finance approve the draft, then an executive approves it: the version is in force")
    void bothReviewsPassThenApproved() {
        ProcessInstance plan = requestVersion();

        draft(plan);
        review(plan, "APPROVE", "APPROVE");
        decide(plan, "APPROVE");

        assertThat(plan).hasPassedInOrder("PlanRequested", "DraftPlan", "SubmitPlan", "Reviews", "ReviewsDone",
                "CheckPlanReviews", "ApprovePlan", "RecordPlanDecision", "PlanApproved").isEnded();
        assertThat(doubles.submitPlan.calls()).containsExactly("SubmitPlan");
        assertThat(doubles.recordPlanReview.calls()).containsExactlyInAnyOrder("HrReview APPROVE", "FinanceReview APPROVE");
        assertThat(doubles.checkPlanReviews.calls()).containsExactly("reviewsPassed true");
        assertThat(doubles.recordPlanDecision.calls()).containsExactly("RecordPlanDecision");
    }

    @Test
    @DisplayName("HR rejects the draft (Finance approves): it returns to the drafters without reaching an executive")
    void hrRejectsSoDraftedAgain() {
        ProcessInstance plan = requestVersion();

        draft(plan);
        review(plan, "REJECT", "APPROVE");

        assertThat(plan).isWaitingAt("DraftPlan").hasNotPassed("ApprovePlan");
        assertThat(doubles.checkPlanReviews.calls()).containsExactly("reviewsPassed false");
    }

    @Test
    @DisplayName("Finance rejects the draft (HR approves): it returns to the drafters; the next draft passes and is approved")
    void financeRejectsThenDraftedAgainAndApproved() {
        ProcessInstance plan = requestVersion();

        draft(plan);
        review(plan, "APPROVE", "REJECT");
        draft(plan);
        review(plan, "APPROVE", "APPROVE");
        decide(plan, "APPROVE");

        assertThat(plan).hasPassed("PlanApproved").isEnded();
        assertThat(doubles.submitPlan.calls()).hasSize(2);
        assertThat(doubles.checkPlanReviews.calls()).containsExactly("reviewsPassed false", "reviewsPassed true");
    }

    @Test
    @DisplayName("An executive rejects the reviewed draft: it returns to the drafters and is reviewed again")
    void executiveRejectsSoDraftedAgain() {
        ProcessInstance plan = requestVersion();

        draft(plan);
        review(plan, "APPROVE", "APPROVE");
        decide(plan, "REJECT");

        assertThat(plan).isWaitingAt("DraftPlan");
        draft(plan);
        assertThat(plan).isWaitingAt("HrReview", "FinanceReview");
        assertThat(doubles.recordPlanDecision.calls()).hasSize(1);
    }

    private static ProcessInstance requestVersion() {
        return runtimeService().startProcessInstanceByKey("comp-plan-approval", "42", withVariables("planVersion", 2));
    }

    private static void draft(ProcessInstance plan) {
        assertThat(plan).isWaitingAt("DraftPlan");
        assertThat(task()).hasCandidateGroup("sales-leader");
        complete(task());
    }

    /** HR and Finance review in parallel: both tasks are open at once. */
    private static void review(ProcessInstance plan, String hr, String finance) {
        assertThat(plan).isWaitingAtExactly("HrReview", "FinanceReview");
        assertThat(task("HrReview")).hasCandidateGroup("hr");
        assertThat(task("FinanceReview")).hasCandidateGroup("finance");
        complete(task("HrReview"), withVariables("decision", hr));
        assertThat(plan).isWaitingAtExactly("ReviewsDone", "FinanceReview"); // the join waits for Finance
        complete(task("FinanceReview"), withVariables("decision", finance));
    }

    private static void decide(ProcessInstance plan, String decision) {
        assertThat(plan).isWaitingAt("ApprovePlan");
        assertThat(task()).hasCandidateGroup("executive");
        complete(task(), withVariables("decision", decision));
    }
}
