package com.salesculture.workflow.application;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionLog;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.people.UserDirectory;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.NotAllowedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

@Stateless
@Local(TaskInboxService.class)
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE,
        Role.Names.AUDITOR, Role.Names.SALESPERSON, Role.Names.ADMIN})
public class DefaultTaskInboxService implements TaskInboxService {

    @Inject
    private EngineGateway engine;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private ProgramRepository programs;

    @Inject
    private UserDirectory users;

    @Inject
    private DecisionLog decisions;

    @Inject
    private FourEyes fourEyes;

    @EJB
    private TaskOutcomes outcomes;

    @Override
    public TaskPage search(TaskSearch search) {
        Actor actor = currentActor.get();
        TaskQuery query = taskService().createTaskQuery();
        switch (search.scope()) {
            case "mine" -> query.taskAssignee(actor.username());
            case "groups" -> query.taskCandidateGroupIn(actor.groupList());
            case "all" -> {
                if (!actor.is(Role.ADMIN) && !actor.is(Role.AUDITOR)) {
                    throw new NotAllowedException("Only admins and auditors see every task.");
                }
            }
            default -> query.or().taskAssignee(actor.username()).taskCandidateGroupIn(actor.groupList()).endOr();
        }
        if (search.processKey() != null) {
            query.processDefinitionKey(search.processKey());
        }
        if (search.programId() != null) {
            query.processInstanceBusinessKey(search.programId().toString());
        }
        if (search.group() != null) {
            query.taskCandidateGroup(search.group()).includeAssignedTasks();
        }
        if (search.text() != null && !search.text().isBlank()) {
            query.taskNameLike("%" + search.text().strip() + "%");
        }
        if (search.due() != null) {
            dueWindow(query, search.due(), ZonedDateTime.now(ZoneOffset.UTC));
        }
        switch (search.sort()) {
            case "due" -> query.orderByDueDate();
            case "name" -> query.orderByTaskName();
            default -> query.orderByTaskCreateTime();
        }
        if (search.descending()) {
            query.desc();
        } else {
            query.asc();
        }
        query.orderByTaskId().asc(); // a stable order across pages
        long total = query.count();
        List<Task> tasks = query.listPage(search.page() * search.size(), search.size());
        Map<String, String> businessKeys = businessKeysOf(tasks);
        return new TaskPage(tasks.stream().map(task -> view(task, businessKeys.get(task.getProcessInstanceId()))).toList(),
                total);
    }

    /** overdue: due before now; today: due during this UTC day; week: due within the next seven days. */
    private static void dueWindow(TaskQuery query, String due, ZonedDateTime now) {
        switch (due) {
            case "overdue" -> query.dueBefore(Date.from(now.toInstant()));
            case "today" -> {
                ZonedDateTime start = now.truncatedTo(ChronoUnit.DAYS);
                query.dueAfter(Date.from(start.minusNanos(1_000_000).toInstant()))
                        .dueBefore(Date.from(start.plusDays(1).toInstant()));
            }
            default -> query.dueAfter(Date.from(now.toInstant())).dueBefore(Date.from(now.plusDays(7).toInstant()));
        }
    }

    @Override
    public Map<String, String> processes() {
        return engine.reader().getRepositoryService().createProcessDefinitionQuery().latestVersion()
                .orderByProcessDefinitionName().asc().list().stream()
                .collect(Collectors.toMap(d -> d.getKey(), d -> d.getName() == null ? d.getKey() : d.getName(),
                        (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Override
    public TaskView get(String taskId) {
        Actor actor = currentActor.get();
        Task task = require(taskId, actor);
        if (!maySee(actor, task)) {
            throw new NotAllowedException("This task is for " + String.join(", ", candidateGroups(task))
                    + "; you are not in that group.");
        }
        return view(task);
    }

    @Override
    public TaskView claim(String taskId) {
        Actor actor = currentActor.get();
        Task task = requireWorkable(taskId, actor);
        if (!actor.username().equals(task.getAssignee())) {
            act(actor, taskId, engine -> {
                engine.getTaskService().claim(taskId, actor.username());
                return null;
            });
            record(actor, DecisionType.TASK_CLAIMED, task, "claimed");
        }
        return view(require(taskId, actor));
    }

    @Override
    public TaskView unclaim(String taskId) {
        Actor actor = currentActor.get();
        Task task = require(taskId, actor);
        if (actor.is(Role.AUDITOR) && !actor.is(Role.ADMIN)) {
            throw readOnly();
        }
        boolean mine = actor.username().equals(task.getAssignee());
        if (task.getAssignee() != null && !mine && !actor.is(Role.ADMIN)) {
            throw new ConflictException("This task is claimed by " + users.displayName(task.getAssignee())
                    + "; only they or an admin can release it.");
        }
        if (!mine && !actor.is(Role.ADMIN)) {
            requireWorkable(taskId, actor);
        }
        if (task.getAssignee() != null) {
            act(actor, taskId, engine -> {
                engine.getTaskService().setAssignee(taskId, null);
                return null;
            });
            record(actor, DecisionType.TASK_RELEASED, task, mine ? "released" : "released from " + task.getAssignee());
        }
        return view(require(taskId, actor));
    }

    @Override
    public void complete(String taskId) {
        Actor actor = currentActor.get();
        Task task = requireWorkable(taskId, actor);
        act(actor, taskId, engine -> {
            TaskService tasks = engine.getTaskService();
            if (task.getAssignee() == null) {
                tasks.claim(taskId, actor.username());
            }
            tasks.complete(taskId);
            return null;
        });
        record(actor, DecisionType.TASK_COMPLETED, task, "completed");
    }

    /** Writes the action into the decision log, in this transaction: if the action rolls back, so does its entry. */
    private void record(Actor actor, DecisionType type, Task task, String outcome) {
        decisions.record(Decision.onTask(actor.username(), actor.groupList(), type, programIdOf(task), outcome,
                task.getProcessInstanceId(), task.getId()));
    }

    private String programIdOf(Task task) {
        return businessKeysOf(List.of(task)).get(task.getProcessInstanceId());
    }

    /** The task exists and the caller may work on it now (their group's task, not claimed by someone else). */
    private Task requireWorkable(String taskId, Actor actor) {
        Task task = require(taskId, actor);
        if (actor.is(Role.AUDITOR)) {
            throw readOnly();
        }
        boolean mine = actor.username().equals(task.getAssignee());
        if (!mine && !actor.inAnyOf(candidateGroups(task))) {
            throw new NotAllowedException("This task is for " + String.join(", ", candidateGroups(task))
                    + "; you are not in that group.");
        }
        Optional<String> objection = fourEyes.objection(task, actor);
        if (objection.isPresent()) {
            outcomes.recordRefusal(Decision.onTask(actor.username(), actor.groupList(), DecisionType.FOUR_EYES_REFUSED,
                    programIdOf(task), "refused", task.getProcessInstanceId(), task.getId()).because(objection.get()));
            throw new NotAllowedException(objection.get());
        }
        if (task.getAssignee() != null && !mine) {
            throw new ConflictException("This task is claimed by " + users.displayName(task.getAssignee()) + ".");
        }
        return task;
    }

    private Task require(String taskId, Actor actor) {
        Task task = taskService().createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw outcomes.whyGone(taskId, actor.username());
        }
        return task;
    }

    /** Runs an engine call as the caller; a concurrent change surfaces as a conflict a person understands. */
    private void act(Actor actor, String taskId, Function<ProcessEngine, Void> call) {
        try {
            engine.as(actor, call);
        } catch (ProcessEngineException e) {
            RuntimeException explained = outcomes.whyFailed(taskId, actor.username());
            if (explained == null) {
                throw e;
            }
            throw explained;
        }
    }

    private boolean maySee(Actor actor, Task task) {
        return actor.is(Role.ADMIN) || actor.is(Role.AUDITOR)
                || actor.username().equals(task.getAssignee())
                || actor.inAnyOf(candidateGroups(task));
    }

    private static NotAllowedException readOnly() {
        return new NotAllowedException("Auditors have read-only access; they cannot claim, release or complete tasks.");
    }

    private List<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .sorted()
                .toList();
    }

    private TaskView view(Task task) {
        return view(task, businessKeysOf(List.of(task)).get(task.getProcessInstanceId()));
    }

    private TaskView view(Task task, String businessKey) {
        ProgramId programId = ProgramId.fromBusinessKey(businessKey).orElse(null);
        String programName = programId == null ? null : programs.find(programId).map(p -> p.name()).orElse(null);
        var definition = engine.reader().getRepositoryService().getProcessDefinition(task.getProcessDefinitionId());
        return new TaskView(task.getId(), task.getName(), task.getDescription(), definition.getKey(),
                definition.getName(), task.getProcessInstanceId(), programId == null ? null : programId.value(),
                programName, task.getAssignee(),
                task.getAssignee() == null ? null : users.displayName(task.getAssignee()),
                candidateGroups(task), task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }

    private Map<String, String> businessKeysOf(List<Task> tasks) {
        Set<String> ids = tasks.stream().map(Task::getProcessInstanceId).filter(id -> id != null)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return engine.reader().getRuntimeService().createProcessInstanceQuery().processInstanceIds(ids).list()
                .stream().filter(pi -> pi.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    private TaskService taskService() {
        return engine.reader().getTaskService();
    }
}
