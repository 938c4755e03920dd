package com.salesculture.workflow.process.paths;

import static com.salesculture.workflow.process.paths.doubles.SurveyCadenceDouble.monthsAfterAnchor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.salesculture.workflow.process.paths.doubles.Doubles;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The paths of {@code culture-program}: the set-up (three called processes, each followed by a savepoint),
 * then a survey cycle every turn of the schedule until the horizon, then the close.
 */
class CultureProgramPathsTest {

    private static final String PROGRAMME = "7";

    @RegisterExtension
    final ProcessPaths paths = new ProcessPaths();
    private final Doubles doubles = paths.doubles();

    @Test
    @DisplayName("The set-up calls the intent, the values and the plan in turn, opens the first pay period, and waits for the first survey cycle")
    void setUpThenWaitsForTheFirstSurveyCycle() {
        ProcessInstance programme = runtimeService().startProcessInstanceByKey("culture-program", PROGRAMME,
                withVariables("programId", 7L));

        completeCalledStep(programme, "StrategicIntent", "strategic-intent", "DraftIntent", "ApproveIntent");
        assertThat(doubles.recordIntentApproved.calls()).containsExactly("RecordIntentApproved");
        completeCalledStep(programme, "ValuesSelection", "values-selection", "DraftValues", "ApproveValues");
        ProcessInstance plan = calledProcessInstance("comp-plan-approval", programme);
        assertThat(plan).variables().containsEntry("planVersion", 1L);
        completeCalledStep(programme, "CompPlan", "comp-plan-approval", "DraftPlan", "HrReview", "FinanceReview", "ApprovePlan");

        assertThat(programme).hasPassedInOrder("ProgramStarted", "StrategicIntent", "RecordIntentApproved",
                "ValuesSelection", "CompPlan", "OpenPayPeriods", "NextTurn", "ScheduleSurveyCycle", "HorizonReached")
                .isWaitingAt("NextSurveyCycleDue");
        assertThat(job()).hasDueDate(monthsAfterAnchor(3));
        assertThat(doubles.payPeriod.calls()).containsExactly("openFirst");
        assertThat(doubles.surveyCadence.calls()).containsExactly("schedule");
    }

    @Test
    @DisplayName("Each turn opens a survey cycle when due, until a turn falls past the horizon; at the horizon's end the programme closes")
    void surveyCycleEveryTurnUntilTheHorizonThenClosed() {
        doubles.surveyCadence.horizonMonths(6);
        ProcessInstance programme = setUpDone();

        assertThat(programme).isWaitingAt("NextSurveyCycleDue");
        assertThat(job()).hasDueDate(monthsAfterAnchor(3));
        execute(job());
        assertThat(programme).isWaitingAt("NextSurveyCycleDue");
        assertThat(job()).hasDueDate(monthsAfterAnchor(6));
        execute(job());
        assertThat(programme).isWaitingAt("HorizonEnds");
        assertThat(job()).hasDueDate(monthsAfterAnchor(6));
        execute(job());

        assertThat(programme).hasPassedInOrder("OpenSurveyCycle", "NextTurn", "ScheduleSurveyCycle", "HorizonEnds",
                "CloseProgramme", "ProgrammeClosed").isEnded();
        assertThat(doubles.surveyCadence.calls())
                .containsExactly("schedule", "open", "schedule", "open", "schedule", "close");
    }

    @Test
    @DisplayName("A horizon shorter than one turn: no survey cycle opens; the programme closes at the horizon's end")
    void horizonBeforeTheFirstTurnThenClosed() {
        doubles.surveyCadence.horizonMonths(2);
        ProcessInstance programme = setUpDone();

        assertThat(programme).isWaitingAt("HorizonEnds");
        assertThat(job()).hasDueDate(monthsAfterAnchor(2));
        execute(job());

        assertThat(programme).hasPassed("ProgrammeClosed").hasNotPassed("NextSurveyCycleDue", "OpenSurveyCycle").isEnded();
        assertThat(doubles.surveyCadence.calls()).containsExactly("schedule", "close");
    }

    /**
     * Works one called step of the set-up: its tasks completed (approvals approve), then the savepoint after
     * the call activity, a job of the programme's own, continues the programme.
     */
    private static void completeCalledStep(ProcessInstance programme, String callActivity, String calledKey, String... tasks) {
        assertThat(programme).isWaitingAt(callActivity);
        ProcessInstance step = calledProcessInstance(calledKey, programme);
        assertThat(step).hasBusinessKey(PROGRAMME).variables().containsEntry("programId", 7L);
        for (String taskKey : tasks) {
            complete(task(taskKey, step), withVariables("decision", "APPROVE"));
        }
        assertThat(step).isEnded();
        assertThat(programme).isWaitingAt(callActivity);
        execute(job(programme));
    }

    /** The programme right after its set-up (whose path is the first test): the schedule's first turn. */
    private static ProcessInstance setUpDone() {
        return runtimeService().createProcessInstanceByKey("culture-program").businessKey(PROGRAMME)
                .setVariable("programId", 7L).startBeforeActivity("NextTurn").execute();
    }
}
