package com.salesculture.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The inbox's own query finds, counts and orders what the engine's task query with the same criteria
 * does, on an in-memory engine with tasks of every kind: mine, someone else's, unclaimed in one, two
 * or none of my groups, in two processes and outside any, with and without due dates.
 */
class InboxTaskQueryTest {

    private static final List<String> MY_GROUPS = List.of("sales-leader", "hr");
    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static ProcessEngine engine;
    private static TaskService tasks;

    @BeforeAll
    static void tasksOfEveryKind() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("inbox-query");
        configuration.setJdbcUrl("jdbc:h2:mem:inbox-query;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setIdGenerator(new StrongUuidGenerator()); // as the server does
        configuration.setJobExecutorActivate(false);
        configuration.setDbMetricsReporterActivate(false);
        engine = configuration.buildProcessEngine();
        tasks = engine.getTaskService();
        for (String key : List.of("alpha", "beta")) {
            engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn",
                    Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent().userTask("work").name("Work " + key)
                            .camundaCandidateGroups("sales-leader").endEvent().done()).deploy();
        }
        for (int programme = 1; programme <= 3; programme++) {
            engine.getRuntimeService().startProcessInstanceByKey(programme == 2 ? "beta" : "alpha", String.valueOf(programme));
        }
        List<String> assignees = new ArrayList<>(List.of("me", "someone"));
        assignees.add(null);
        List<List<String>> groups = List.of(List.of(), List.of("sales-leader"), List.of("hr", "sales-leader"), List.of("finance"));
        int i = 0;
        for (String assignee : assignees) {
            for (List<String> offered : groups) {
                for (Integer dueInDays : new Integer[] {null, -3, 2, 20}) {
                    Task task = tasks.newTask();
                    task.setName((i % 2 == 0 ? "Approve " : "Review ") + "task " + i++);
                    task.setAssignee(assignee);
                    task.setDueDate(dueInDays == null ? null : Date.from(NOW.plus(dueInDays, ChronoUnit.DAYS)));
                    tasks.saveTask(task);
                    offered.forEach(group -> tasks.addCandidateGroup(task.getId(), group));
                }
            }
        }
        // two process tasks claimed: mine, someone else's
        List<Task> processTasks = tasks.createTaskQuery().processDefinitionKey("alpha").orderByTaskId().asc().list();
        tasks.setAssignee(processTasks.get(0).getId(), "me");
        tasks.setAssignee(processTasks.get(1).getId(), "someone");
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    @DisplayName("The inbox: mine, and unclaimed tasks of my groups, each once")
    void inbox() {
        same(query -> query.assignedToOrOfferedTo("me", MY_GROUPS),
                query -> query.or().taskAssignee("me").taskCandidateGroupIn(MY_GROUPS).endOr(), 26);
    }

    @Test
    @DisplayName("Mine; my groups' unclaimed; held by certain people within my groups")
    void otherScopes() {
        same(query -> query.assignedTo("me"), query -> query.taskAssignee("me"), 17);
        same(query -> query.offeredTo(MY_GROUPS, false), query -> query.taskCandidateGroupIn(MY_GROUPS), 9);
        same(query -> query.assignedToOneOf(List.of("someone", "nobody")).offeredTo(MY_GROUPS, true),
                query -> query.taskAssigneeIn("someone", "nobody").taskCandidateGroupIn(MY_GROUPS).includeAssignedTasks(), 9);
        assertThat(new InboxTaskQuery(tasks).assignedToOneOf(List.of()).count()).as("nobody").isZero();
        assertThat(new InboxTaskQuery(tasks).assignedToOrOfferedTo("me", List.of()).count()).as("in no group")
                .isEqualTo(tasks.createTaskQuery().taskAssignee("me").count());
    }

    @Test
    @DisplayName("Filters: group (claimed too), process, programme, name, due window, and all of them at once")
    void filters() {
        same(query -> query.assignedToOrOfferedTo("me", MY_GROUPS).offeredTo(List.of("hr"), true),
                query -> query.or().taskAssignee("me").taskCandidateGroupIn(MY_GROUPS).endOr()
                        .taskCandidateGroup("hr").includeAssignedTasks(), 8);
        same(query -> query.offeredTo(MY_GROUPS, false).processDefinitionKey("beta"),
                query -> query.taskCandidateGroupIn(MY_GROUPS).processDefinitionKey("beta"), 1);
        same(query -> query.assignedToOrOfferedTo("me", MY_GROUPS).processDefinitionKey("alpha"),
                query -> query.or().taskAssignee("me").taskCandidateGroupIn(MY_GROUPS).endOr().processDefinitionKey("alpha"), 1);
        same(query -> query.assignedToOrOfferedTo("me", MY_GROUPS).processInstanceBusinessKey("2"),
                query -> query.or().taskAssignee("me").taskCandidateGroupIn(MY_GROUPS).endOr().processInstanceBusinessKey("2"), 1);
        same(query -> query.assignedToOrOfferedTo("me", MY_GROUPS).nameLike("%Approve%"),
                query -> query.or().taskAssignee("me").taskCandidateGroupIn(MY_GROUPS).endOr().taskNameLike("%Approve%"), 12);
        Date from = Date.from(NOW);
        Date to = Date.from(NOW.plus(7, ChronoUnit.DAYS));
        same(query -> query.assignedToOrOfferedTo("me", MY_GROUPS).dueAfter(from).dueBefore(to),
                query -> query.or().taskAssignee("me").taskCandidateGroupIn(MY_GROUPS).endOr().dueAfter(from).dueBefore(to), 6);
        same(query -> query.assignedTo("me").dueBefore(from).nameLike("%task%"),
                query -> query.taskAssignee("me").dueBefore(from).taskNameLike("%task%"), 4);
    }

    @Test
    @DisplayName("Every order, both ways, pages that neither overlap nor skip")
    void orderAndPages() {
        for (String property : List.of("created", "due", "name")) {
            for (boolean descending : new boolean[] {true, false}) {
                List<String> ours = new ArrayList<>();
                List<String> oneStatement = new ArrayList<>();
                for (int page = 0; page < 4; page++) {
                    new InboxTaskQuery(tasks).assignedToOrOfferedTo("me", MY_GROUPS).orderBy(property, descending)
                            .listPage(page * 7, 7).forEach(task -> ours.add(task.getId()));
                    InboxTaskQuery.Page counted = new InboxTaskQuery(tasks).assignedToOrOfferedTo("me", MY_GROUPS)
                            .orderBy(property, descending).page(page * 7, 7, dataSource());
                    assertThat(counted.total()).as("the total beside page %d", page).isEqualTo(26);
                    counted.tasks().forEach(task -> oneStatement.add(task.getId()));
                }
                assertThat(oneStatement).as("the page with its total, in the same order").isEqualTo(ours);
                TaskQuery engineQuery = tasks.createTaskQuery().or().taskAssignee("me").taskCandidateGroupIn(MY_GROUPS).endOr();
                switch (property) {
                    case "due" -> engineQuery.orderByDueDate();
                    case "name" -> engineQuery.orderByTaskName();
                    default -> engineQuery.orderByTaskCreateTime();
                }
                (descending ? engineQuery.desc() : engineQuery.asc()).orderByTaskId().asc();
                assertThat(ours).as("%s %s", property, descending ? "desc" : "asc")
                        .containsExactlyElementsOf(engineQuery.list().stream().map(Task::getId).toList());
            }
        }
    }

    /** Both queries find the same tasks (and as many as expected, so a query that finds nothing fails). */
    private static void same(Consumer<InboxTaskQuery> ours, Consumer<TaskQuery> theEngines, int expected) {
        InboxTaskQuery inbox = new InboxTaskQuery(tasks);
        ours.accept(inbox);
        TaskQuery engineQuery = tasks.createTaskQuery();
        theEngines.accept(engineQuery);
        List<String> expectedIds = engineQuery.orderByTaskId().asc().list().stream().map(Task::getId).toList();
        assertThat(expectedIds).as("the engine's query").hasSize(expected);
        assertThat(inbox.count()).isEqualTo(expected);
        assertThat(inbox.listPage(0, 100).stream().map(Task::getId).sorted().toList())
                .containsExactlyElementsOf(expectedIds.stream().sorted().toList());
        InboxTaskQuery.Page page = inbox.page(0, 100, dataSource());
        assertThat(page.total()).isEqualTo(expected);
        assertThat(page.tasks().stream().map(Task::getId).sorted().toList())
                .containsExactlyElementsOf(expectedIds.stream().sorted().toList());
        InboxTaskQuery.Page pastTheEnd = inbox.page(100, 10, dataSource());
        assertThat(pastTheEnd.tasks()).isEmpty();
        assertThat(pastTheEnd.total()).as("the total of a page past the end").isEqualTo(expected);
    }

    private static javax.sql.DataSource dataSource() {
        return engine.getProcessEngineConfiguration().getDataSource();
    }
}
