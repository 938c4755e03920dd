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
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The path of {@code survey-follow-up}: the salesperson's leader follows up a low rating. */
class SurveyFollowUpPathsTest {

    @RegisterExtension
    final ProcessPaths paths = new ProcessPaths();
    private final Doubles doubles = paths.doubles();

    @Test
    @DisplayName("The leader is given the follow-up (made in a job of its own), follows up, and it is recorded")
    void leaderFollowsUpThenRecorded() {
        Date due = Date.from(Instant.parse("2030-02-01T00:00:00Z"));
        ProcessInstance followUp = runtimeService().startProcessInstanceByKey("survey-follow-up", "42",
                withVariables("followUpId", 11L, "leader", "lead.lena", "followUpDue", due));

        assertThat(followUp).isWaitingAt("FollowUp");
        execute(job());

        assertThat(followUp).isWaitingAt("FollowUp");
        assertThat(task()).isAssignedTo("lead.lena").hasCandidateGroupAssociated("sales-leader").hasDueDate(due);
        complete(task(), withVariables("outcome", "RESOLVED", "summary", "Called the customer; a new contact person"));

        assertThat(followUp).hasPassedInOrder("LowRatingReceived", "FollowUp", "RecordFollowUp", "FollowedUp").isEnded();
        assertThat(doubles.surveyCycle.calls()).containsExactly("recordFollowUp: RESOLVED");
    }
}
