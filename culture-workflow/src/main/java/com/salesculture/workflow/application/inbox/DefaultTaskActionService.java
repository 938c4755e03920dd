package com.salesculture.workflow.application.inbox;

import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.people.UserDirectory;
import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.NotAllowedException;
import com.salesculture.domain.model.shared.Validation;
import com.salesculture.workflow.application.Actor;
import com.salesculture.workflow.application.CurrentActor;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineGateway;
import com.salesculture.workflow.form.FormType;
import com.salesculture.workflow.form.TaskCompletionRule;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;

@Stateless
@Local(TaskActionService.class)
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE,
        Role.Names.AUDITOR, Role.Names.SALESPERSON, Role.Names.ADMIN})
public class DefaultTaskActionService implements TaskActionService {

    @Inject
    private EngineGateway engine;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private UserDirectory users;

    @Inject
    private DecisionRecorder decisions;

    @Inject
    @Any
    private Instance<TaskCompletionRule> completionRules;

    @EJB
    private TaskOutcomes outcomes;

    @Inject
    private Validator validator;

    @Inject
    private TaskAccess access;

    @Inject
    private TaskViews views;

    @Override
    public TaskView claim(String taskId) {
        Actor actor = currentActor.get();
        Task task = access.requireWorkable(taskId, actor);
        if (!actor.username().equals(task.getAssignee())) {
            access.act(actor, taskId, engine -> {
                engine.getTaskService().claim(taskId, actor.username());
                return null;
            });
            record(DecisionType.TASK_CLAIMED, task, "claimed");
        }
        return views.of(access.require(taskId, actor));
    }

    @Override
    public List<TaskView> bulk(Bulk bulk) {
        List<Task> found = engine.reader().getTaskService().createTaskQuery().taskIdIn(bulk.taskIds().toArray(String[]::new)).list();
        Actor actor = currentActor.get();
        for (String taskId : bulk.taskIds()) {
            if (found.stream().noneMatch(task -> task.getId().equals(taskId))) {
                throw outcomes.whyGone(taskId, actor.username());
            }
        }
        Map<String, String> processKeys = new HashMap<>();
        long kinds = found.stream().map(task -> processKeys.computeIfAbsent(task.getProcessDefinitionId(),
                id -> engine.reader().getRepositoryService().getProcessDefinition(id).getKey()) + "/" + task.getTaskDefinitionKey())
                .distinct().count();
        if (kinds > 1) {
            throw new InvalidInputException("taskIds", "task.bulk.sameKind");
        }
        return bulk.taskIds().stream().map(taskId -> switch (bulk.action()) {
            case "claim" -> claim(taskId);
            case "release" -> unclaim(taskId);
            default -> reassign(taskId, bulk.assignee());
        }).toList();
    }

    @Override
    public TaskView unclaim(String taskId) {
        Actor actor = currentActor.get();
        Task task = access.requireForUpdate(taskId, actor);
        access.requireWriter(actor);
        boolean mine = actor.username().equals(task.getAssignee());
        if (task.getAssignee() != null && !mine && !actor.is(Role.ADMIN)) {
            throw new ConflictException("task.release.notYours", users.displayName(task.getAssignee()));
        }
        if (!mine && !actor.is(Role.ADMIN)) {
            access.requireWorkable(taskId, actor);
        }
        if (task.getAssignee() != null) {
            access.act(actor, taskId, engine -> {
                engine.getTaskService().setAssignee(taskId, null);
                return null;
            });
            record(DecisionType.TASK_RELEASED, task, mine ? "released" : "released from " + task.getAssignee());
        }
        return views.of(access.require(taskId, actor));
    }

    @Override
    public void complete(String taskId, Map<String, ?> values) {
        Actor actor = currentActor.get();
        Task task = access.requireWorkable(taskId, actor);
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw new ConflictException("task.complete.delegated", users.displayName(task.getOwner()));
        }
        FormType form = views.formTypeOf(task);
        Map<String, Object> variables = form.variables(values, validator);
        completionRules.stream().filter(rule -> rule.formKey().equals(form.key())).forEach(rule -> rule.check(task));
        // logged first, so the entry precedes what the completion sets off (both roll back together)
        record(DecisionType.TASK_COMPLETED, task, "completed");
        access.act(actor, taskId, engine -> {
            TaskService tasks = engine.getTaskService();
            if (task.getAssignee() == null) {
                tasks.claim(taskId, actor.username());
            }
            tasks.complete(taskId, variables);
            return null;
        });
    }

    @Override
    public TaskView reassign(String taskId, String assignee) {
        Actor actor = currentActor.get();
        Task task = access.requireForUpdate(taskId, actor);
        List<String> groups = access.candidateGroups(task);
        boolean leaderOfGroup = actor.is(Role.SALES_LEADER) && actor.inAnyOf(groups);
        if (!actor.is(Role.ADMIN) && !leaderOfGroup) {
            throw new NotAllowedException("task.reassign.refused", String.join(", ", groups));
        }
        access.mayWorkOn(task, groups, assignee, "assignee");
        access.act(actor, taskId, engine -> {
            engine.getTaskService().setAssignee(taskId, assignee);
            return null;
        });
        record(DecisionType.TASK_REASSIGNED, task,
                "reassigned to " + assignee + (task.getAssignee() == null ? "" : " from " + task.getAssignee()));
        return views.of(access.require(taskId, actor));
    }

    @Override
    public TaskView delegate(String taskId, String delegate) {
        Actor actor = currentActor.get();
        Task task = access.requireWorkable(taskId, actor);
        if (!actor.username().equals(task.getAssignee())) {
            throw new ConflictException("task.delegate.claimFirst");
        }
        Actor target = access.mayWorkOn(task, access.candidateGroups(task), delegate, "delegate");
        if (target.username().equals(actor.username())) {
            throw new InvalidInputException("delegate", "task.delegate.self");
        }
        access.act(actor, taskId, engine -> {
            engine.getTaskService().delegateTask(taskId, delegate);
            return null;
        });
        record(DecisionType.TASK_DELEGATED, task, "delegated to " + delegate);
        return views.of(access.require(taskId, actor));
    }

    @Override
    public TaskView resolve(String taskId) {
        Actor actor = currentActor.get();
        Task task = access.requireForUpdate(taskId, actor);
        access.requireWriter(actor);
        if (task.getDelegationState() != DelegationState.PENDING || !actor.username().equals(task.getAssignee())) {
            throw new ConflictException("task.resolve.notDelegate");
        }
        access.act(actor, taskId, engine -> {
            engine.getTaskService().resolveTask(taskId);
            return null;
        });
        record(DecisionType.TASK_RESOLVED, task, "resolved back to " + task.getOwner());
        return views.of(access.require(taskId, actor));
    }

    @Override
    public TaskView schedule(String taskId, Instant due, Instant followUp) {
        Actor actor = currentActor.get();
        Task task = access.requireForUpdate(taskId, actor);
        List<String> groups = access.candidateGroups(task);
        boolean mayPlan = actor.is(Role.ADMIN) || actor.username().equals(task.getAssignee())
                || (actor.is(Role.SALES_LEADER) && actor.inAnyOf(groups));
        if (!mayPlan || (actor.is(Role.AUDITOR) && !actor.is(Role.ADMIN))) {
            throw new NotAllowedException("task.dates.refused", String.join(", ", groups));
        }
        new Validation()
                .require(followUp == null || due == null || !followUp.isAfter(due), "followUp",
                        "task.dates.followUpAfterDue")
                .throwIfInvalid();
        access.act(actor, taskId, engine -> {
            Task editable = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
            editable.setDueDate(due == null ? null : Date.from(due));
            editable.setFollowUpDate(followUp == null ? null : Date.from(followUp));
            engine.getTaskService().saveTask(editable);
            return null;
        });
        record(DecisionType.TASK_DATES_CHANGED, task, "due " + (due == null ? "none" : due)
                + ", follow-up " + (followUp == null ? "none" : followUp));
        return views.of(access.require(taskId, actor));
    }

    /** Writes the action into the decision log, in this transaction: if the action rolls back, so does its entry. */
    private void record(DecisionType type, Task task, String outcome) {
        decisions.record(access.onTask(type, task).outcome(outcome));
    }
}
