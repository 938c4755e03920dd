package com.salesculture.workflow.process.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;

import com.salesculture.workflow.process.paths.doubles.Doubles;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The path of {@code task-deadlines}: a timer of the engine sweeps the tasks' deadlines every 15 minutes. */
class TaskDeadlinesPathsTest {

    @RegisterExtension
    final ProcessPaths paths = new ProcessPaths();
    private final Doubles doubles = paths.doubles();

    @Test
    @DisplayName("The timer starts a sweep that reminds and escalates, and the next turn is due 15 minutes later")
    void timerStartsASweepThenTheNextTurnIsScheduled() {
        // deploying the model set the timer: no instance exists until it fires
        Job turn = jobQuery().processDefinitionKey("task-deadlines").singleResult();
        ClockUtil.setCurrentTime(turn.getDuedate()); // it fires when due
        execute(turn);

        HistoricProcessInstance sweep = historyService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("task-deadlines").singleResult();
        assertThat(sweep.getEndTime()).as("ended").isNotNull();
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(sweep.getId())
                .orderPartiallyByOccurrence().asc().list()).extracting(HistoricActivityInstance::getActivityId)
                .containsExactly("Every15Minutes", "CheckTaskDeadlines", "Checked");
        assertThat(doubles.checkTaskDeadlines.calls()).containsExactly("CheckTaskDeadlines");

        Job next = jobQuery().processDefinitionKey("task-deadlines").singleResult();
        Date fifteenMinutesLater = Date.from(turn.getDuedate().toInstant().plus(Duration.ofMinutes(15)));
        assertThat(next.getDuedate()).isCloseTo(fifteenMinutesLater, 1000); // the engine keeps whole seconds
    }
}
