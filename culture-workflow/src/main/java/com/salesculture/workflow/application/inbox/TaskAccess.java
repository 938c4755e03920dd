package com.salesculture.workflow.application.inbox;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.people.UserDirectory;
import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.Message;
import com.salesculture.domain.model.shared.NotAllowedException;
import com.salesculture.workflow.application.Actor;
import com.salesculture.workflow.application.ConcurrentChangeException;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineGateway;
import com.salesculture.workflow.engine.CandidateGroups;
import com.salesculture.workflow.engine.TaskLocks;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.task.Task;

/**
 * Who may do what with a task, in one place: admins and auditors see every task, others those assigned
 * to them or offered to their groups; a person works on a task of their groups that nobody else holds,
 * four eyes permitting; auditors only read. It also locks a task for the caller's transaction and runs
 * engine calls as the caller, so a lost race reads as a conflict a person understands.
 */
@ApplicationScoped
public class TaskAccess {

    @Inject
    private EngineGateway engine;

    @Inject
    private UserDirectory users;

    @Inject
    private FourEyes fourEyes;

    @EJB
    private TaskOutcomes outcomes;

    @Inject
    private TaskLocks locks;

    @Inject
    private CandidateGroups taskGroups;

    @Inject
    private DecisionRecorder decisions;

    @Inject
    private TaskViews views;

    /** The open task; why it is gone (completed, or never there) otherwise. */
    Task require(String taskId, Actor actor) {
        Task task = engine.reader().getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw outcomes.whyGone(taskId, actor.username());
        }
        return task;
    }

    /** The task, if the caller may see it. */
    Task requireVisible(String taskId, Actor actor) {
        Task task = require(taskId, actor);
        if (!maySee(actor, task)) {
            throw notInGroup(task);
        }
        return task;
    }

    /** The task, locked until this transaction ends, so concurrent actions on it take turns. */
    Task requireForUpdate(String taskId, Actor actor) {
        locks.lock(taskId);
        return require(taskId, actor);
    }

    /** The task exists and the caller may work on it now (their group's task, not claimed by someone else). */
    Task requireWorkable(String taskId, Actor actor) {
        Task task = requireForUpdate(taskId, actor);
        if (actor.is(Role.AUDITOR)) {
            throw readOnly();
        }
        boolean mine = actor.username().equals(task.getAssignee());
        if (!mine && !actor.inAnyOf(candidateGroups(task))) {
            throw notInGroup(task);
        }
        Optional<Message> objection = fourEyes.objection(task, actor);
        if (objection.isPresent()) {
            decisions.recordRefusal(onTask(DecisionType.FOUR_EYES_REFUSED, task).outcome("refused")
                    .reason(objection.get().toString()));
            throw new NotAllowedException(objection.get().key(), objection.get().arguments().toArray());
        }
        if (task.getAssignee() != null && !mine) {
            throw new ConflictException("task.claimedBy", users.displayName(task.getAssignee()));
        }
        return task;
    }

    /** Auditors read; only an auditor who is also an admin changes anything. */
    void requireWriter(Actor actor) {
        if (actor.is(Role.AUDITOR) && !actor.is(Role.ADMIN)) {
            throw readOnly();
        }
    }

    boolean maySee(Actor actor, Task task) {
        return actor.is(Role.ADMIN) || actor.is(Role.AUDITOR)
                || actor.username().equals(task.getAssignee())
                || actor.inAnyOf(candidateGroups(task));
    }

    /**
     * The person a task is handed to (reassigned or delegated) could work on it themselves: a member of
     * its candidate groups whom four eyes do not exclude. Otherwise a delegate would read a form,
     * comments and evidence that are not theirs to see.
     */
    Actor mayWorkOn(Task task, List<String> groups, String username, String field) {
        Actor target = candidate(username, field);
        if (!target.inAnyOf(groups)) {
            throw new InvalidInputException(field, "task.reassign.notInGroup", users.displayName(target.username()),
                    String.join(", ", groups));
        }
        Optional<Message> objection = fourEyes.objection(task, target);
        if (objection.isPresent()) {
            throw new InvalidInputException(field, "task.reassign.fourEyes", users.displayName(target.username()),
                    new Message(objection.get().key() + ".other", objection.get().arguments()));
        }
        return target;
    }

    /** Runs an engine call as the caller; a concurrent change surfaces as a conflict a person understands. */
    void act(Actor actor, String taskId, Function<ProcessEngine, Void> call) {
        try {
            engine.as(actor, call);
        } catch (ConcurrentChangeException | ProcessEngineException e) {
            RuntimeException explained = outcomes.whyFailed(taskId, actor.username());
            if (explained != null) {
                throw explained;
            }
            throw e instanceof ConcurrentChangeException ? TaskOutcomes.changedMeanwhile() : e;
        }
    }

    /** A decision on a task, about its programme (if it belongs to one). */
    Decision.Draft onTask(DecisionType type, Task task) {
        String programId = views.programIdOf(task);
        return Decision.of(type, programId == null ? null : "program", programId).process(task.getProcessInstanceId())
                .task(task.getId());
    }

    List<String> candidateGroups(Task task) {
        return taskGroups.of(List.of(task.getId())).get(task.getId());
    }

    NotAllowedException notInGroup(Task task) {
        return new NotAllowedException("task.notInGroup", String.join(", ", candidateGroups(task)));
    }

    static NotAllowedException readOnly() {
        return new NotAllowedException("task.auditorReadOnly");
    }

    /** A user named in a request who could be given a task, with their groups. */
    private Actor candidate(String username, String field) {
        if (username == null || username.isBlank()) {
            throw new InvalidInputException(field, "user.required");
        }
        List<String> groups = users.groupsOf(username.strip());
        if (groups.isEmpty()) {
            throw new InvalidInputException(field, "user.unknown", username);
        }
        return new Actor(username.strip(), java.util.Set.copyOf(groups));
    }
}
