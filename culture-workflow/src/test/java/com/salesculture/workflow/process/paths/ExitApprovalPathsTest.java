package com.salesculture.workflow.process.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.salesculture.workflow.process.paths.doubles.Doubles;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The paths of {@code exit-approval}: HR reviews a proposed exit (or returns it for evidence, or rejects
 * it), an executive approves or rejects, HR offboards; it can be cancelled at any stage before closing.
 */
class ExitApprovalPathsTest {

    private static final String PROPOSER = "lead.lee";
    private static final String BUSINESS_KEY = "exit-case:5";

    @RegisterExtension
    final ProcessPaths paths = new ProcessPaths();
    private final Doubles doubles = paths.doubles();

    @Test
    @DisplayName("HR accepts, an executive approves, HR offboards: the case closes")
    void acceptedApprovedOffboardedThenClosed() {
        ProcessInstance exit = propose();

        hrDecides(exit, "ACCEPT");
        executiveDecides(exit, "APPROVE");
        assertThat(exit).isWaitingAt("Offboard");
        assertThat(task()).hasCandidateGroup("hr");
        complete(task());

        assertThat(exit).hasPassedInOrder("ExitProposed", "ToReview", "HrReview", "RecordHrReview", "HrDecision",
                "ApproveExit", "RecordApproval", "Approved", "Offboard", "CloseCase", "Closed").isEnded();
        assertThat(doubles.exitCase.calls()).containsExactly("stage HR_REVIEW", "hrReviewed ACCEPT",
                "stage EXECUTIVE_APPROVAL", "executiveDecided APPROVE", "stage OFFBOARDING", "close");
    }

    @Test
    @DisplayName("HR returns the case for evidence: the proposer adds it, HR reviews again and accepts")
    void returnedForEvidenceThenReviewedAgain() {
        ProcessInstance exit = propose();

        hrDecides(exit, "RETURN");
        assertThat(exit).isWaitingAt("AddEvidence");
        assertThat(task()).isAssignedTo(PROPOSER);
        complete(task(), withVariables("note", "Added the call notes"));
        hrDecides(exit, "ACCEPT");

        assertThat(exit).isWaitingAt("ApproveExit");
        assertThat(doubles.exitCase.calls()).containsExactly("stage HR_REVIEW", "hrReviewed RETURN",
                "stage EVIDENCE_REQUESTED", "evidenceAdded: Added the call notes", "stage HR_REVIEW", "hrReviewed ACCEPT",
                "stage EXECUTIVE_APPROVAL");
    }

    @Test
    @DisplayName("HR rejects the case: it ends without reaching an executive")
    void rejectedByHr() {
        ProcessInstance exit = propose();

        hrDecides(exit, "REJECT");

        assertThat(exit).hasPassed("RejectedByHr").hasNotPassed("ApproveExit").isEnded();
    }

    @Test
    @DisplayName("HR accepts and an executive rejects: the case ends without offboarding")
    void acceptedThenRejectedByTheExecutive() {
        ProcessInstance exit = propose();

        hrDecides(exit, "ACCEPT");
        executiveDecides(exit, "REJECT");

        assertThat(exit).hasPassed("Rejected").hasNotPassed("Offboard").isEnded();
        assertThat(doubles.exitCase.calls()).endsWith("executiveDecided REJECT");
    }

    @ParameterizedTest(name = "cancelled while waiting at {0}")
    @DisplayName("Cancelled with a reason at any stage before closing: the open task ends with the case")
    @ValueSource(strings = {"HrReview", "AddEvidence", "ApproveExit", "Offboard"})
    void cancelledAtAnyStage(String stage) {
        // each stage's own path is a test above; here the case starts right at it
        ProcessInstance exit = runtimeService().createProcessInstanceByKey("exit-approval").businessKey(BUSINESS_KEY)
                .setVariables(withVariables("exitCaseId", 5L, "proposer", PROPOSER))
                .startBeforeActivity(stage).execute();
        assertThat(exit).isWaitingAt(stage);

        runtimeService().createMessageCorrelation("exit-case-cancelled").processInstanceBusinessKey(BUSINESS_KEY)
                .setVariables(withVariables("cancelledBy", "hr.hana", "cancelReason", "The salesperson resigned"))
                .correlateWithResult();

        assertThat(exit).hasPassedInOrder("CaseCancelled", "RecordCancellation", "Cancelled").isEnded();
        assertThat(taskQuery().processInstanceId(exit.getId()).count()).isZero();
        assertThat(doubles.exitCase.calls()).endsWith("cancelled by hr.hana: The salesperson resigned");
    }

    /** A sales leader proposes the exit: they are the initiator, and the evidence is theirs to add. */
    private static ProcessInstance propose() {
        identityService().setAuthenticatedUserId(PROPOSER);
        try {
            return runtimeService().startProcessInstanceByKey("exit-approval", BUSINESS_KEY, withVariables("exitCaseId", 5L));
        } finally {
            identityService().clearAuthentication();
        }
    }

    private static void hrDecides(ProcessInstance exit, String decision) {
        assertThat(exit).isWaitingAt("HrReview");
        assertThat(task()).hasCandidateGroup("hr");
        complete(task(), withVariables("decision", decision, "comment", "See the case page"));
    }

    private static void executiveDecides(ProcessInstance exit, String decision) {
        assertThat(exit).isWaitingAt("ApproveExit");
        assertThat(task()).hasCandidateGroup("executive");
        complete(task(), withVariables("decision", decision, "reason", "Evidence is clear"));
    }
}
