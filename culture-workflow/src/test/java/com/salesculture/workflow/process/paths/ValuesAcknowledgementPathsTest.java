package com.salesculture.workflow.process.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.salesculture.workflow.process.paths.doubles.Doubles;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The path of {@code values-acknowledgement}: one salesperson acknowledges the approved charter. */
class ValuesAcknowledgementPathsTest {

    @RegisterExtension
    final ProcessPaths paths = new ProcessPaths();
    private final Doubles doubles = paths.doubles();

    @Test
    @DisplayName("The task is made in a job of its own; the salesperson acknowledges and it is recorded")
    void askedInAJobOfItsOwnThenAcknowledged() {
        ProcessInstance acknowledgement = runtimeService().startProcessInstanceByKey("values-acknowledgement", "42",
                withVariables("acknowledger", "sam.seller", "salespersonId", 9L));

        assertThat(acknowledgement).isWaitingAt("CharterApproved");
        assertThat(taskQuery().processInstanceId(acknowledgement.getId()).count()).isZero();
        execute(job());

        assertThat(acknowledgement).isWaitingAt("AcknowledgeValues");
        assertThat(task()).isAssignedTo("sam.seller");
        complete(task());

        assertThat(acknowledgement).hasPassedInOrder("CharterApproved", "AcknowledgeValues", "Acknowledged").isEnded();
        assertThat(doubles.recordAcknowledgement.calls()).containsExactly("acknowledged by sam.seller");
    }
}
