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

/** The paths of {@code values-selection}: the top 3 values, approved or sent back; approval asks the sales force. */
class ValuesSelectionPathsTest {

    @RegisterExtension
    final ProcessPaths paths = new ProcessPaths();
    private final Doubles doubles = paths.doubles();

    @Test
    @DisplayName("A sales leader chooses the values, an executive approves them, the sales force is asked to acknowledge")
    void chosenApprovedThenSalesForceAsked() {
        ProcessInstance values = runtimeService().startProcessInstanceByKey("values-selection", "42");

        choose(values);
        decide(values, "APPROVE");

        assertThat(values).hasPassedInOrder("ValuesRequested", "DraftValues", "SubmitValues", "ApproveValues",
                "RecordValuesDecision", "AskAcknowledgements", "ValuesChosen").isEnded();
        assertThat(doubles.submitValues.calls()).containsExactly("SubmitValues");
        assertThat(doubles.recordValuesDecision.calls()).containsExactly("RecordValuesDecision");
        assertThat(doubles.valuesAcknowledgements.calls()).containsExactly("askSalesForce");
    }

    @Test
    @DisplayName("An executive rejects the values: they are chosen again, and nobody is asked until they are approved")
    void rejectedThenChosenAgainAndApproved() {
        ProcessInstance values = runtimeService().startProcessInstanceByKey("values-selection", "42");

        choose(values);
        decide(values, "REJECT");
        assertThat(values).isWaitingAt("DraftValues");
        assertThat(doubles.valuesAcknowledgements.calls()).isEmpty();

        choose(values);
        decide(values, "APPROVE");

        assertThat(values).hasPassed("ValuesChosen").isEnded();
        assertThat(doubles.recordValuesDecision.calls()).hasSize(2);
        assertThat(doubles.valuesAcknowledgements.calls()).containsExactly("askSalesForce");
    }

    private static void choose(ProcessInstance values) {
        assertThat(values).isWaitingAt("DraftValues");
        assertThat(task()).hasCandidateGroup("sales-leader");
        complete(task());
    }

    private static void decide(ProcessInstance values, String decision) {
        assertThat(values).isWaitingAt("ApproveValues");
        assertThat(task()).hasCandidateGroup("executive");
        complete(task(), withVariables("decision", decision));
    }
}
