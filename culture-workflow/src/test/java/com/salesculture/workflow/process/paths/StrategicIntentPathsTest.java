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

/** The paths of {@code strategic-intent}: a sales leader drafts, an executive approves or sends it back. */
class StrategicIntentPathsTest {

    @RegisterExtension
    final ProcessPaths paths = new ProcessPaths();
    private final Doubles doubles = paths.doubles();

    @Test
    @DisplayName("A sales leader drafts the intent and an executive approves it at once")
    void draftedThenApproved() {
        ProcessInstance intent = runtimeService().startProcessInstanceByKey("strategic-intent", "42");

        draft(intent);
        decide(intent, "APPROVE");

        assertThat(intent).hasPassedInOrder("IntentRequested", "DraftIntent", "SubmitIntent", "ApproveIntent",
                "RecordIntentDecision", "IntentApproved").isEnded();
        assertThat(doubles.submitIntent.calls()).containsExactly("SubmitIntent");
        assertThat(doubles.recordIntentDecision.calls()).containsExactly("RecordIntentDecision");
    }

    @Test
    @DisplayName("An executive rejects the intent: it returns to the drafters, is drafted again and approved")
    void rejectedThenDraftedAgainAndApproved() {
        ProcessInstance intent = runtimeService().startProcessInstanceByKey("strategic-intent", "42");

        draft(intent);
        decide(intent, "REJECT");
        assertThat(intent).isWaitingAt("DraftIntent");

        draft(intent);
        decide(intent, "APPROVE");

        assertThat(intent).hasPassed("IntentApproved").isEnded();
        assertThat(doubles.submitIntent.calls()).hasSize(2);
        assertThat(doubles.recordIntentDecision.calls()).hasSize(2);
    }

    private static void draft(ProcessInstance intent) {
        assertThat(intent).isWaitingAt("DraftIntent");
        assertThat(task()).hasCandidateGroup("sales-leader").isNotAssigned();
        complete(task(), withVariables("note", "five deliverables"));
    }

    private static void decide(ProcessInstance intent, String decision) {
        assertThat(intent).isWaitingAt("ApproveIntent");
        assertThat(task()).hasCandidateGroup("executive");
        complete(task(), withVariables("decision", decision));
    }
}
