package com.salesculture.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Promises every process model keeps, read from the models the engine deploys. */
class ProcessModelsTest {

    /** Tasks only the person they are about can do: acknowledging their own review or the charter, the proposer's evidence. */
    private static final Set<String> PERSONAL_ASSIGNEES = Set.of("${acknowledger}", "${proposer}");

    private static final List<BpmnModelInstance> MODELS = new ArrayList<>();

    @BeforeAll
    static void read() throws Exception {
        ClassLoader loader = ProcessModelsTest.class.getClassLoader();
        try (BufferedReader index = new BufferedReader(new InputStreamReader(
                loader.getResourceAsStream("bpmn/models.index"), StandardCharsets.UTF_8))) {
            for (String name : index.lines().map(String::strip).filter(line -> line.endsWith(".bpmn")).toList()) {
                try (InputStream model = loader.getResourceAsStream(name)) {
                    MODELS.add(Bpmn.readModelFromStream(model));
                }
            }
        }
        assertThat(MODELS).hasSizeGreaterThanOrEqualTo(11);
    }

    @Test
    @DisplayName("Every waiting task has a due date, so reminders and escalation reach it")
    void everyTaskHasADueDate() {
        assertThat(userTasks()).isNotEmpty().allSatisfy(task ->
                assertThat(task.getCamundaDueDate()).as(task.getId()).isNotBlank());
    }

    @Test
    @DisplayName("Every task has someone who can act: a candidate group, or the one person it is about")
    void everyTaskHasSomeoneWhoCanAct() {
        assertThat(userTasks()).isNotEmpty().allSatisfy(task -> assertThat(
                task.getCamundaCandidateGroups() != null || PERSONAL_ASSIGNEES.contains(task.getCamundaAssignee()))
                .as("%s: groups %s, assignee %s", task.getId(), task.getCamundaCandidateGroups(), task.getCamundaAssignee())
                .isTrue());
    }

    @Test
    @DisplayName("Every process has a time to live, so the nightly clean-up removes its history")
    void everyProcessHasATimeToLive() {
        List<Process> processes = MODELS.stream().flatMap(m -> m.getModelElementsByType(Process.class).stream()).toList();
        assertThat(processes).hasSameSizeAs(MODELS).allSatisfy(process ->
                assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank());
    }

    private static List<UserTask> userTasks() {
        return MODELS.stream().flatMap(m -> m.getModelElementsByType(UserTask.class).stream()).toList();
    }
}
