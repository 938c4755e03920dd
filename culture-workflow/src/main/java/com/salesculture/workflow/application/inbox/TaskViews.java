package com.salesculture.workflow.application.inbox;

import com.salesculture.domain.model.people.UserDirectory;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.workflow.application.EngineGateway;
import com.salesculture.workflow.engine.CandidateGroups;
import com.salesculture.workflow.form.FormType;
import com.salesculture.workflow.form.TaskForms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;

/**
 * Tasks as people read them: the programme and process they belong to, who holds them, their groups.
 * A page of tasks is read in batches (one query for the business keys, one for the groups, each
 * programme, process and person once), not row by row.
 */
@ApplicationScoped
public class TaskViews {

    @Inject
    private EngineGateway engine;

    @Inject
    private ProgramRepository programs;

    @Inject
    private UserDirectory users;

    @Inject
    private CandidateGroups taskGroups;

    TaskView of(Task task) {
        return of(List.of(task)).get(0);
    }

    List<TaskView> of(List<Task> tasks) {
        Map<String, String> businessKeys = businessKeysOf(tasks);
        Map<String, List<String>> groups = taskGroups.of(tasks.stream().map(Task::getId).toList());
        Map<ProgramId, Optional<String>> programNames = new HashMap<>();
        Map<String, ProcessDefinition> definitions = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        return tasks.stream().map(task -> {
            ProgramId programId = ProgramId.fromBusinessKey(businessKeys.get(task.getProcessInstanceId())).orElse(null);
            String programName = programId == null ? null : programNames.computeIfAbsent(programId,
                    id -> programs.find(id).map(program -> program.name())).orElse(null);
            // a task created outside a process (the API allows it) has no definition
            ProcessDefinition definition = task.getProcessDefinitionId() == null ? null : definitions.computeIfAbsent(
                    task.getProcessDefinitionId(), id -> engine.reader().getRepositoryService().getProcessDefinition(id));
            String assignee = task.getAssignee();
            return new TaskView(task.getId(), task.getName(), task.getDescription(),
                    definition == null ? null : definition.getKey(), definition == null ? null : definition.getName(),
                    task.getProcessInstanceId(), programId == null ? null : programId.value(), programName, assignee,
                    assignee == null ? null : names.computeIfAbsent(assignee, users::displayName),
                    task.getOwner(), task.getDelegationState() == DelegationState.PENDING,
                    groups.get(task.getId()), task.getCreateTime().toInstant(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                    task.getFollowUpDate() == null ? null : task.getFollowUpDate().toInstant(), null);
        }).toList();
    }

    /** The id of the programme the task's process runs for, or null. */
    String programIdOf(Task task) {
        return businessKeysOf(List.of(task)).get(task.getProcessInstanceId());
    }

    /** The form type the task's model names; a model naming an unknown form is a defect. */
    FormType formTypeOf(Task task) {
        String formKey = task.getProcessDefinitionId() == null ? null : engine.reader().getFormService()
                .getTaskFormKey(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
        return TaskForms.forKey(formKey).orElseThrow(() -> new IllegalStateException(
                "Task " + task.getTaskDefinitionKey() + " names the unknown form " + formKey));
    }

    private Map<String, String> businessKeysOf(List<Task> tasks) {
        Set<String> ids = tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return new HashMap<>(); // looked up with null for tasks outside a process
        }
        return engine.reader().getRuntimeService().createProcessInstanceQuery().processInstanceIds(ids).list()
                .stream().filter(pi -> pi.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }
}
