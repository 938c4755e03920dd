package com.salesculture.workflow.application.inbox;

import com.salesculture.domain.model.shared.Message;
import com.salesculture.workflow.application.Actor;
import com.salesculture.workflow.application.EngineGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Four eyes, as one rule every process reuses. A user task declares who must not work on it with the
 * extension property {@value #PROPERTY}, a comma-separated list of:
 * <ul>
 * <li>{@code notInitiator} — not the person who started the case;</li>
 * <li>{@code notCompleterOf:<task id>} — not the person who completed that task in this case;</li>
 * <li>{@code notVariable:<name>} — not the person the process variable names (who drafted what the task
 *     decides, in another process: the compensation plan behind a pay period).</li>
 * </ul>
 * The task inbox checks it for claim and complete, whatever channel the request came through.
 */
@ApplicationScoped
public class FourEyes {

    public static final String PROPERTY = "fourEyes";
    private static final String NOT_INITIATOR = "notInitiator";
    private static final String NOT_COMPLETER_OF = "notCompleterOf:";
    private static final String NOT_VARIABLE = "notVariable:";

    @Inject
    private EngineGateway engine;

    /** Rules per process definition and task; models never change once deployed. */
    private final Map<String, List<String>> rulesByTask = new ConcurrentHashMap<>();

    /** Why the actor may not work on the task, or empty if four eyes allow it. */
    public Optional<Message> objection(Task task, Actor actor) {
        for (String rule : rulesOf(task)) {
            if (NOT_INITIATOR.equals(rule) && actor.username().equals(initiatorOf(task))) {
                return Optional.of(Message.of("fourEyes.initiator", task.getName()));
            }
            if (rule.startsWith(NOT_COMPLETER_OF)) {
                String earlierTask = rule.substring(NOT_COMPLETER_OF.length());
                Optional<HistoricTaskInstance> mine = completedBy(task, earlierTask, actor.username());
                if (mine.isPresent()) {
                    return Optional.of(Message.of("fourEyes.completer", mine.get().getName(), task.getName()));
                }
            }
            if (rule.startsWith(NOT_VARIABLE)) {
                String name = rule.substring(NOT_VARIABLE.length());
                if (actor.username().equals(engine.reader().getRuntimeService().getVariable(task.getExecutionId(), name))) {
                    return Optional.of(Message.of("fourEyes.variable." + name, task.getName()));
                }
            }
        }
        return Optional.empty();
    }

    private String initiatorOf(Task task) {
        HistoricProcessInstance instance = engine.reader().getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        return instance == null ? null : instance.getStartUserId();
    }

    private Optional<HistoricTaskInstance> completedBy(Task task, String taskDefinitionKey, String username) {
        return engine.reader().getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).taskDefinitionKey(taskDefinitionKey)
                .taskAssignee(username).finished().list().stream()
                .filter(done -> "completed".equals(done.getDeleteReason()))
                .findFirst();
    }

    private List<String> rulesOf(Task task) {
        return rulesByTask.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(), key -> {
            UserTask userTask = engine.reader().getRepositoryService()
                    .getBpmnModelInstance(task.getProcessDefinitionId())
                    .getModelElementById(task.getTaskDefinitionKey());
            ExtensionElements extensions = userTask == null ? null : userTask.getExtensionElements();
            if (extensions == null) {
                return List.of();
            }
            return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                    .flatMap(properties -> properties.getCamundaProperties().stream())
                    .filter(property -> PROPERTY.equals(property.getCamundaName()))
                    .map(CamundaProperty::getCamundaValue)
                    .flatMap(value -> Arrays.stream(value.split(",")))
                    .map(String::strip)
                    .filter(rule -> !rule.isEmpty())
                    .toList();
        });
    }
}
