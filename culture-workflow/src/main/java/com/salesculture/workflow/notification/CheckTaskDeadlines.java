package com.salesculture.workflow.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Service task "Remind and escalate" of {@code task-deadlines}: reminds the people of tasks due within
 * {@code culture.reminder-before} (default PT24H) and escalates tasks overdue by more than
 * {@code culture.escalate-after} (default PT24H). Uses the engine's clock; the outbox's dedupe keys
 * make repeated runs send each mail once.
 */
@Named("checkTaskDeadlines")
@ApplicationScoped
public class CheckTaskDeadlines implements JavaDelegate {

    private static final int PAGE = 500;

    @Inject
    private TaskNotifications notifications;

    @Override
    public void execute(DelegateExecution execution) {
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        long now = ClockUtil.getCurrentTime().getTime();
        Date soon = new Date(now + period("culture.reminder-before").toMillis());
        Date escalateBefore = new Date(now - period("culture.escalate-after").toMillis());

        forEach(tasks, tasks.createTaskQuery().dueAfter(new Date(now)).dueBefore(soon).orderByTaskId().asc(),
                task -> notifications.dueSoon(task, candidateGroups(tasks, task)));
        forEach(tasks, tasks.createTaskQuery().dueBefore(escalateBefore).orderByTaskId().asc(), notifications::overdue);
    }

    private static void forEach(TaskService tasks, org.camunda.bpm.engine.task.TaskQuery query,
                                java.util.function.Consumer<Task> action) {
        for (int first = 0; ; first += PAGE) {
            List<Task> page = query.listPage(first, PAGE);
            page.forEach(action);
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private static List<String> candidateGroups(TaskService tasks, Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .toList();
    }

    private static Duration period(String property) {
        return Duration.parse(System.getProperty(property, "PT24H"));
    }
}
