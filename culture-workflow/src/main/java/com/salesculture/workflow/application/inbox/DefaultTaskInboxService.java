package com.salesculture.workflow.application.inbox;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.inbox.SavedFilter;
import com.salesculture.domain.model.inbox.SavedFilters;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.people.UserDirectory;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.Message;
import com.salesculture.domain.model.shared.NotAllowedException;
import com.salesculture.domain.model.shared.NotFoundException;
import com.salesculture.domain.model.shared.Validation;
import com.salesculture.workflow.application.Actor;
import com.salesculture.workflow.application.CurrentActor;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineGateway;
import com.salesculture.workflow.application.Evidence;
import com.salesculture.workflow.application.EvidenceView;
import com.salesculture.workflow.engine.CandidateGroups;
import com.salesculture.workflow.engine.TaskLocks;
import com.salesculture.workflow.form.FormType;
import com.salesculture.workflow.form.TaskCompletionRule;
import com.salesculture.workflow.form.TaskForm;
import com.salesculture.workflow.form.TaskForms;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

@Stateless
@Local(TaskInboxService.class)
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE,
        Role.Names.AUDITOR, Role.Names.SALESPERSON, Role.Names.ADMIN})
public class DefaultTaskInboxService implements TaskInboxService {

    /** The attachment's description holds the SHA-256 of its content and who attached it. */
    private static final String SHA256_PREFIX = "sha256:";
    private static final String UPLOADER_PREFIX = " by:";

    @Inject
    private EngineGateway engine;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private ProgramRepository programs;

    @Inject
    private UserDirectory users;

    @Inject
    private DecisionRecorder decisions;

    @Inject
    private FourEyes fourEyes;

    @Inject
    @Any
    private Instance<TaskCompletionRule> completionRules;

    @EJB
    private TaskOutcomes outcomes;

    @Inject
    private TaskLocks locks;

    @Inject
    private CandidateGroups taskGroups;

    @Inject
    private Validator validator;

    @Inject
    private SavedFilters savedFilters;

    @Override
    public TaskPage search(TaskSearch search) {
        TaskQuery query = filtered(search, currentActor.get());
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
        Map<String, List<String>> groups = taskGroups.of(tasks.stream().map(Task::getId).toList());
        return new TaskPage(tasks.stream().map(task -> view(task, businessKeys.get(task.getProcessInstanceId()),
                groups.get(task.getId()))).toList(), total);
    }

    @Override
    public List<SavedFilterView> savedFilters() {
        Actor actor = currentActor.get();
        return savedFilters.of(actor.username()).stream()
                .map(filter -> new SavedFilterView(filter, filtered(criteria(filter), actor).count()))
                .toList();
    }

    @Override
    public SavedFilterView saveFilter(String name, TaskSearch criteria) {
        Actor actor = currentActor.get();
        long count = filtered(criteria, actor).count(); // also refuses a scope the caller may not use
        SavedFilter filter = savedFilters.add(SavedFilter.save(actor.username(), name, criteria.scope(),
                criteria.processKey(), criteria.programId(), criteria.due(), criteria.group(), criteria.text(),
                Instant.now()));
        return new SavedFilterView(filter, count);
    }

    @Override
    public void deleteFilter(long id) {
        Actor actor = currentActor.get();
        savedFilters.remove(savedFilters.find(actor.username(), id)
                .orElseThrow(() -> new NotFoundException("filter.notFound", id)));
    }

    private static TaskSearch criteria(SavedFilter filter) {
        return new TaskSearch(filter.scope(), filter.processKey(), filter.programId(), filter.due(),
                filter.candidateGroup(), filter.text(), 0, 1, null, true);
    }

    /** The engine's task query for the caller with the search's filters, not yet sorted or paged. */
    private TaskQuery filtered(TaskSearch search, Actor actor) {
        TaskQuery query = taskService().createTaskQuery();
        switch (search.scope()) {
            case "mine" -> query.taskAssignee(actor.username());
            case "groups" -> query.taskCandidateGroupIn(actor.groupList());
            case "all" -> {
                if (!actor.is(Role.ADMIN) && !actor.is(Role.AUDITOR)) {
                    throw new NotAllowedException("inbox.scope.all.refused");
                }
            }
            case "orphaned" -> orphaned(query, actor);
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
        return query;
    }

    /**
     * Tasks still held by disabled accounts, for someone to reassign: all of them for admins, those of
     * their groups for sales leaders (who may reassign those).
     */
    private void orphaned(TaskQuery query, Actor actor) {
        if (!actor.is(Role.ADMIN) && !actor.is(Role.SALES_LEADER)) {
            throw new NotAllowedException("inbox.scope.orphaned.refused");
        }
        List<String> disabled = users.disabled();
        // nobody is disabled: a name no account can have, so the query finds nothing
        query.taskAssigneeIn(disabled.isEmpty() ? new String[] {" "} : disabled.toArray(String[]::new));
        if (!actor.is(Role.ADMIN)) {
            query.taskCandidateGroupIn(actor.groupList()).includeAssignedTasks();
        }
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
            throw notInGroup(task);
        }
        FormType form = formTypeOf(task);
        Map<String, Object> variables = task.getExecutionId() == null ? Map.of()
                : taskService().getVariables(taskId, form.fieldNames());
        return view(task).withForm(new TaskForm(form.key(), form.fields(), form.values(variables)));
    }

    @Override
    public boolean maySee(String taskId) {
        Task task = taskService().createTaskQuery().taskId(taskId).singleResult();
        return task != null && maySee(currentActor.get(), task);
    }

    @Override
    public void requireWorkable(String taskId) {
        requireWorkable(taskId, currentActor.get());
    }

    /** The form type the task's model names; a model naming an unknown form is a defect. */
    private FormType formTypeOf(Task task) {
        String formKey = task.getProcessDefinitionId() == null ? null : engine.reader().getFormService()
                .getTaskFormKey(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
        return TaskForms.forKey(formKey).orElseThrow(() -> new IllegalStateException(
                "Task " + task.getTaskDefinitionKey() + " names the unknown form " + formKey));
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
            record(DecisionType.TASK_CLAIMED, task, "claimed");
        }
        return view(require(taskId, actor));
    }

    @Override
    public List<TaskView> bulk(Bulk bulk) {
        List<Task> found = taskService().createTaskQuery().taskIdIn(bulk.taskIds().toArray(String[]::new)).list();
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
        Task task = requireForUpdate(taskId, actor);
        if (actor.is(Role.AUDITOR) && !actor.is(Role.ADMIN)) {
            throw readOnly();
        }
        boolean mine = actor.username().equals(task.getAssignee());
        if (task.getAssignee() != null && !mine && !actor.is(Role.ADMIN)) {
            throw new ConflictException("task.release.notYours", users.displayName(task.getAssignee()));
        }
        if (!mine && !actor.is(Role.ADMIN)) {
            requireWorkable(taskId, actor);
        }
        if (task.getAssignee() != null) {
            act(actor, taskId, engine -> {
                engine.getTaskService().setAssignee(taskId, null);
                return null;
            });
            record(DecisionType.TASK_RELEASED, task, mine ? "released" : "released from " + task.getAssignee());
        }
        return view(require(taskId, actor));
    }

    @Override
    public void complete(String taskId, Map<String, ?> values) {
        Actor actor = currentActor.get();
        Task task = requireWorkable(taskId, actor);
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw new ConflictException("task.complete.delegated", users.displayName(task.getOwner()));
        }
        FormType form = formTypeOf(task);
        Map<String, Object> variables = form.variables(values, validator);
        completionRules.stream().filter(rule -> rule.formKey().equals(form.key())).forEach(rule -> rule.check(task));
        // logged first, so the entry precedes what the completion sets off (both roll back together)
        record(DecisionType.TASK_COMPLETED, task, "completed");
        act(actor, taskId, engine -> {
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
        Task task = requireForUpdate(taskId, actor);
        List<String> groups = candidateGroups(task);
        boolean leaderOfGroup = actor.is(Role.SALES_LEADER) && actor.inAnyOf(groups);
        if (!actor.is(Role.ADMIN) && !leaderOfGroup) {
            throw new NotAllowedException("task.reassign.refused", String.join(", ", groups));
        }
        mayWorkOn(task, groups, assignee, "assignee");
        act(actor, taskId, engine -> {
            engine.getTaskService().setAssignee(taskId, assignee);
            return null;
        });
        record(DecisionType.TASK_REASSIGNED, task,
                "reassigned to " + assignee + (task.getAssignee() == null ? "" : " from " + task.getAssignee()));
        return view(require(taskId, actor));
    }

    @Override
    public TaskView delegate(String taskId, String delegate) {
        Actor actor = currentActor.get();
        Task task = requireWorkable(taskId, actor);
        if (!actor.username().equals(task.getAssignee())) {
            throw new ConflictException("task.delegate.claimFirst");
        }
        Actor target = mayWorkOn(task, candidateGroups(task), delegate, "delegate");
        if (target.username().equals(actor.username())) {
            throw new InvalidInputException("delegate", "task.delegate.self");
        }
        act(actor, taskId, engine -> {
            engine.getTaskService().delegateTask(taskId, delegate);
            return null;
        });
        record(DecisionType.TASK_DELEGATED, task, "delegated to " + delegate);
        return view(require(taskId, actor));
    }

    @Override
    public TaskView resolve(String taskId) {
        Actor actor = currentActor.get();
        Task task = requireForUpdate(taskId, actor);
        if (actor.is(Role.AUDITOR) && !actor.is(Role.ADMIN)) {
            throw readOnly();
        }
        if (task.getDelegationState() != DelegationState.PENDING || !actor.username().equals(task.getAssignee())) {
            throw new ConflictException("task.resolve.notDelegate");
        }
        act(actor, taskId, engine -> {
            engine.getTaskService().resolveTask(taskId);
            return null;
        });
        record(DecisionType.TASK_RESOLVED, task, "resolved back to " + task.getOwner());
        return view(require(taskId, actor));
    }

    @Override
    public TaskView schedule(String taskId, Instant due, Instant followUp) {
        Actor actor = currentActor.get();
        Task task = requireForUpdate(taskId, actor);
        List<String> groups = candidateGroups(task);
        boolean mayPlan = actor.is(Role.ADMIN) || actor.username().equals(task.getAssignee())
                || (actor.is(Role.SALES_LEADER) && actor.inAnyOf(groups));
        if (!mayPlan || (actor.is(Role.AUDITOR) && !actor.is(Role.ADMIN))) {
            throw new NotAllowedException("task.dates.refused", String.join(", ", groups));
        }
        new Validation()
                .require(followUp == null || due == null || !followUp.isAfter(due), "followUp",
                        "task.dates.followUpAfterDue")
                .throwIfInvalid();
        act(actor, taskId, engine -> {
            Task editable = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
            editable.setDueDate(due == null ? null : Date.from(due));
            editable.setFollowUpDate(followUp == null ? null : Date.from(followUp));
            engine.getTaskService().saveTask(editable);
            return null;
        });
        record(DecisionType.TASK_DATES_CHANGED, task, "due " + (due == null ? "none" : due)
                + ", follow-up " + (followUp == null ? "none" : followUp));
        return view(require(taskId, actor));
    }

    @Override
    public Map<String, String> candidates(String taskId) {
        TaskView task = get(taskId);
        return users.membersOf(task.candidateGroups());
    }

    @Override
    public List<TaskComment> comments(String taskId) {
        get(taskId); // the same visibility as the task
        return taskService().getTaskComments(taskId).stream()
                .sorted(java.util.Comparator.comparing(Comment::getTime))
                .map(this::commentView)
                .toList();
    }

    @Override
    public TaskComment comment(String taskId, String text) {
        Actor actor = currentActor.get();
        Task task = require(taskId, actor);
        if (actor.is(Role.AUDITOR) && !actor.is(Role.ADMIN)) {
            throw readOnly();
        }
        if (!maySee(actor, task)) {
            throw notInGroup(task);
        }
        new Validation()
                .require(text != null && !text.isBlank(), "text", "comment.required")
                .require(text == null || text.length() <= TaskComment.MAX_LENGTH, "text",
                        "comment.tooLong", TaskComment.MAX_LENGTH)
                .throwIfInvalid();
        Comment comment = engine.as(actor, processEngine -> processEngine.getTaskService()
                .createComment(taskId, task.getProcessInstanceId(), text.strip()));
        return commentView(comment);
    }

    @Override
    public EvidenceView attach(String taskId, Evidence.Upload upload) {
        Actor actor = currentActor.get();
        Task task = requireWorkable(taskId, actor);
        Evidence evidence = upload.checked();
        String sha256 = evidence.sha256();
        Attachment attachment = engine.as(actor, processEngine -> processEngine.getTaskService().createAttachment(
                evidence.contentType(), taskId, task.getProcessInstanceId(), evidence.name(),
                SHA256_PREFIX + sha256 + UPLOADER_PREFIX + actor.username(),
                new java.io.ByteArrayInputStream(evidence.content())));
        decisions.record(Decision.of(DecisionType.EVIDENCE_ATTACHED, programIdOf(task) == null ? null : "program",
                programIdOf(task))
                .outcome("attached " + evidence.name()).evidence(List.of(sha256)).process(task.getProcessInstanceId())
                .task(taskId));
        return evidenceView(attachment);
    }

    @Override
    public List<EvidenceView> evidence(String taskId) {
        get(taskId); // the same visibility as the task
        return taskService().getTaskAttachments(taskId).stream()
                .sorted(java.util.Comparator.comparing(Attachment::getCreateTime))
                .map(this::evidenceView)
                .toList();
    }

    @Override
    public Evidence download(String taskId, String evidenceId) {
        get(taskId);
        Attachment attachment = taskService().getTaskAttachment(taskId, evidenceId);
        if (attachment == null) {
            throw new NotFoundException("evidence.notFound");
        }
        try (var content = taskService().getTaskAttachmentContent(taskId, evidenceId)) {
            return new Evidence(attachment.getName(), attachment.getType(), content.readAllBytes());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot read evidence " + evidenceId, e);
        }
    }

    private EvidenceView evidenceView(Attachment attachment) {
        String description = attachment.getDescription();
        String sha256 = null;
        String uploadedBy = null;
        if (description != null && description.startsWith(SHA256_PREFIX) && description.contains(UPLOADER_PREFIX)) {
            sha256 = description.substring(SHA256_PREFIX.length(), description.indexOf(UPLOADER_PREFIX));
            uploadedBy = description.substring(description.indexOf(UPLOADER_PREFIX) + UPLOADER_PREFIX.length());
        }
        return new EvidenceView(attachment.getId(), attachment.getName(), attachment.getType(), sha256, uploadedBy,
                uploadedBy == null ? null : users.displayName(uploadedBy), attachment.getCreateTime().toInstant());
    }

    private TaskComment commentView(Comment comment) {
        return new TaskComment(comment.getId(), comment.getUserId(), users.displayName(comment.getUserId()),
                comment.getTime().toInstant(), comment.getFullMessage());
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

    /**
     * The person a task is handed to (reassigned or delegated) could work on it themselves: a member of
     * its candidate groups whom four eyes do not exclude. Otherwise a delegate would read a form,
     * comments and evidence that are not theirs to see.
     */
    private Actor mayWorkOn(Task task, List<String> groups, String username, String field) {
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

    /** Writes the action into the decision log, in this transaction: if the action rolls back, so does its entry. */
    private void record(DecisionType type, Task task, String outcome) {
        decisions.record(onTask(type, task).outcome(outcome));
    }

    /** A decision on a task, about its programme (if it belongs to one). */
    private Decision.Draft onTask(DecisionType type, Task task) {
        String programId = programIdOf(task);
        return Decision.of(type, programId == null ? null : "program", programId).process(task.getProcessInstanceId())
                .task(task.getId());
    }

    private String programIdOf(Task task) {
        return businessKeysOf(List.of(task)).get(task.getProcessInstanceId());
    }

    /** The task exists and the caller may work on it now (their group's task, not claimed by someone else). */
    private Task requireWorkable(String taskId, Actor actor) {
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

    /** The task, locked until this transaction ends, so concurrent actions on it take turns. */
    private Task requireForUpdate(String taskId, Actor actor) {
        locks.lock(taskId);
        return require(taskId, actor);
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
            if (explained != null) {
                throw explained;
            }
            if (e instanceof OptimisticLockingException) {
                throw TaskOutcomes.changedMeanwhile();
            }
            throw e;
        }
    }

    private boolean maySee(Actor actor, Task task) {
        return actor.is(Role.ADMIN) || actor.is(Role.AUDITOR)
                || actor.username().equals(task.getAssignee())
                || actor.inAnyOf(candidateGroups(task));
    }

    private NotAllowedException notInGroup(Task task) {
        return new NotAllowedException("task.notInGroup", String.join(", ", candidateGroups(task)));
    }

    private static NotAllowedException readOnly() {
        return new NotAllowedException("task.auditorReadOnly");
    }

    private List<String> candidateGroups(Task task) {
        return taskGroups.of(List.of(task.getId())).get(task.getId());
    }

    private TaskView view(Task task) {
        return view(task, businessKeysOf(List.of(task)).get(task.getProcessInstanceId()), candidateGroups(task));
    }

    private TaskView view(Task task, String businessKey, List<String> groups) {
        ProgramId programId = ProgramId.fromBusinessKey(businessKey).orElse(null);
        String programName = programId == null ? null : programs.find(programId).map(p -> p.name()).orElse(null);
        // a task created outside a process (the API allows it) has no definition
        var definition = task.getProcessDefinitionId() == null ? null
                : engine.reader().getRepositoryService().getProcessDefinition(task.getProcessDefinitionId());
        return new TaskView(task.getId(), task.getName(), task.getDescription(),
                definition == null ? null : definition.getKey(), definition == null ? null : definition.getName(),
                task.getProcessInstanceId(), programId == null ? null : programId.value(),
                programName, task.getAssignee(),
                task.getAssignee() == null ? null : users.displayName(task.getAssignee()),
                task.getOwner(), task.getDelegationState() == DelegationState.PENDING,
                groups, task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getFollowUpDate() == null ? null : task.getFollowUpDate().toInstant(), null);
    }

    private Map<String, String> businessKeysOf(List<Task> tasks) {
        Set<String> ids = tasks.stream().map(Task::getProcessInstanceId).filter(id -> id != null)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return new java.util.HashMap<>(); // looked up with null for tasks outside a process
        }
        return engine.reader().getRuntimeService().createProcessInstanceQuery().processInstanceIds(ids).list()
                .stream().filter(pi -> pi.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    private TaskService taskService() {
        return engine.reader().getTaskService();
    }
}
