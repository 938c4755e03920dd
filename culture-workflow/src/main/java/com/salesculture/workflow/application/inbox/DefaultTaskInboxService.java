package com.salesculture.workflow.application.inbox;

import com.salesculture.domain.infrastructure.persistence.CulturePersistence;
import com.salesculture.domain.model.inbox.SavedFilter;
import com.salesculture.domain.model.inbox.SavedFilters;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.people.UserDirectory;
import com.salesculture.domain.model.shared.NotAllowedException;
import com.salesculture.domain.model.shared.NotFoundException;
import com.salesculture.workflow.application.Actor;
import com.salesculture.workflow.application.CurrentActor;
import com.salesculture.workflow.application.EngineGateway;
import com.salesculture.workflow.engine.InboxTaskQuery;
import com.salesculture.workflow.form.FormType;
import com.salesculture.workflow.form.TaskForm;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

@Stateless
@Local(TaskInboxService.class)
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE,
        Role.Names.AUDITOR, Role.Names.SALESPERSON, Role.Names.ADMIN})
public class DefaultTaskInboxService implements TaskInboxService {

    @Inject
    private EngineGateway engine;

    @Resource(lookup = CulturePersistence.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private UserDirectory users;

    @Inject
    private SavedFilters savedFilters;

    @Inject
    private TaskAccess access;

    @Inject
    private TaskViews views;

    @Override
    public TaskPage search(TaskSearch search) {
        InboxTaskQuery.Page page = sorted(search).page(search.page() * search.size(), search.size(), dataSource);
        return new TaskPage(views.of(page.tasks()), page.total());
    }

    @Override
    public long count(TaskSearch search) {
        return filtered(search, currentActor.get()).count();
    }

    @Override
    public List<TaskView> page(TaskSearch search) {
        return views.of(sorted(search).listPage(search.page() * search.size(), search.size()));
    }

    private InboxTaskQuery sorted(TaskSearch search) {
        return filtered(search, currentActor.get()).orderBy(search.sort(), search.descending());
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

    /** The caller's tasks with the search's filters, not yet sorted or paged. */
    private InboxTaskQuery filtered(TaskSearch search, Actor actor) {
        InboxTaskQuery query = new InboxTaskQuery(taskService());
        switch (search.scope()) {
            case "mine" -> query.assignedTo(actor.username());
            case "groups" -> query.offeredTo(actor.groupList(), false);
            case "all" -> {
                if (!actor.is(Role.ADMIN) && !actor.is(Role.AUDITOR)) {
                    throw new NotAllowedException("inbox.scope.all.refused");
                }
            }
            case "orphaned" -> orphaned(query, actor);
            default -> query.assignedToOrOfferedTo(actor.username(), actor.groupList());
        }
        if (search.processKey() != null) {
            query.processDefinitionKey(search.processKey());
        }
        if (search.programId() != null) {
            query.processInstanceBusinessKey(search.programId().toString());
        }
        if (search.group() != null) {
            query.offeredTo(List.of(search.group()), true);
        }
        if (search.text() != null && !search.text().isBlank()) {
            query.nameLike("%" + search.text().strip() + "%");
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
    private void orphaned(InboxTaskQuery query, Actor actor) {
        if (!actor.is(Role.ADMIN) && !actor.is(Role.SALES_LEADER)) {
            throw new NotAllowedException("inbox.scope.orphaned.refused");
        }
        query.assignedToOneOf(users.disabled());
        if (!actor.is(Role.ADMIN)) {
            query.offeredTo(actor.groupList(), true);
        }
    }

    /** overdue: due before now; today: due during this UTC day; week: due within the next seven days. */
    private static void dueWindow(InboxTaskQuery query, String due, ZonedDateTime now) {
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
        Task task = access.requireVisible(taskId, actor);
        FormType form = views.formTypeOf(task);
        Map<String, Object> variables = task.getExecutionId() == null ? Map.of()
                : taskService().getVariables(taskId, form.fieldNames());
        return views.of(task).withForm(new TaskForm(form.key(), form.fields(), form.values(variables)));
    }

    @Override
    public boolean maySee(String taskId) {
        Task task = taskService().createTaskQuery().taskId(taskId).singleResult();
        return task != null && access.maySee(currentActor.get(), task);
    }

    @Override
    public void requireWorkable(String taskId) {
        access.requireWorkable(taskId, currentActor.get());
    }

    @Override
    public Map<String, String> candidates(String taskId) {
        TaskView task = get(taskId);
        return users.membersOf(task.candidateGroups());
    }

    private TaskService taskService() {
        return engine.reader().getTaskService();
    }
}
