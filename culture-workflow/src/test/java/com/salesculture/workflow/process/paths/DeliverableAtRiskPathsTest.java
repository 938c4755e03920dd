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

/** The path of {@code deliverable-at-risk}: the sales leaders record their response. */
class DeliverableAtRiskPathsTest {

    @RegisterExtension
    final ProcessPaths paths = new ProcessPaths();
    private final Doubles doubles = paths.doubles();

    @Test
    @DisplayName("A sales leader responds to the at-risk deliverable and the response is recorded")
    void respondedThenRecorded() {
        ProcessInstance risk = runtimeService().startProcessInstanceByKey("deliverable-at-risk", "42",
                withVariables("deliverableId", 5L, "metric", "New logos", "period", "2030-Q1"));

        assertThat(risk).isWaitingAt("RespondToRisk");
        assertThat(task()).hasCandidateGroup("sales-leader");
        complete(task(), withVariables("action", "Two more demos a week", "owner", "lead.lena", "actionDue", "2030-03-31"));

        assertThat(risk).hasPassedInOrder("AtRisk", "RespondToRisk", "RecordResponse", "Responded").isEnded();
        assertThat(doubles.deliverableRisk.calls())
                .containsExactly("responded: Two more demos a week, lead.lena, by 2030-03-31");
    }
}
