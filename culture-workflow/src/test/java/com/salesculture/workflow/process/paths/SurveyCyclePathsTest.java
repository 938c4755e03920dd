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

/** The path of {@code survey-cycle}: invite, remind, close, score, publish after a leader's review, start the reviews. */
class SurveyCyclePathsTest {

    private static final Date REMIND_AT = Date.from(Instant.parse("2030-01-08T09:00:00Z"));
    private static final Date CLOSES_AT = Date.from(Instant.parse("2030-01-15T09:00:00Z"));

    @RegisterExtension
    final ProcessPaths paths = new ProcessPaths();
    private final Doubles doubles = paths.doubles();

    @Test
    @DisplayName("Invites, reminds when due, closes at the deadline, scores; a sales leader publishes; the reviews start")
    void invitedRemindedClosedScoredPublishedThenReviewsStarted() {
        ProcessInstance cycle = runtimeService().startProcessInstanceByKey("survey-cycle", "42",
                withVariables("cycleId", 3L, "remindAt", REMIND_AT, "closesAt", CLOSES_AT));

        assertThat(cycle).isWaitingAt("InviteCustomers"); // in a job of its own, retried on failure
        execute(job());
        assertThat(cycle).isWaitingAt("ReminderDue");
        assertThat(job()).hasDueDate(REMIND_AT);
        execute(job());
        assertThat(cycle).isWaitingAt("DeadlineReached");
        assertThat(job()).hasDueDate(CLOSES_AT);
        execute(job());
        assertThat(cycle).isWaitingAt("ComputeScores");
        execute(job());

        assertThat(cycle).isWaitingAt("ReviewScores");
        assertThat(task()).hasCandidateGroup("sales-leader");
        complete(task(), withVariables("note", "Looks right"));
        assertThat(cycle).isWaitingAt("StartReviews");
        execute(job());

        assertThat(cycle).hasPassedInOrder("CycleOpened", "InviteCustomers", "ReminderDue", "RemindNonRespondents",
                "DeadlineReached", "CloseCycle", "ComputeScores", "ReviewScores", "PublishScores", "StartReviews",
                "ScoresPublished").isEnded();
        assertThat(doubles.surveyCycle.calls()).containsExactly("invite", "remind", "close", "computeScores", "publish");
        assertThat(doubles.performanceReview.calls()).containsExactly("startReviews");
    }
}
