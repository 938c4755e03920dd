package com.salesculture.workflow.notification;

import com.salesculture.workflow.application.EngineTime;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Service task "Remind and escalate" of {@code task-deadlines}: reminds the people of tasks due within
 * {@code culture.reminder-before} (default PT24H) and escalates tasks overdue by more than
 * {@code culture.escalate-after} (default PT24H). Uses the engine's clock; the outbox's dedupe keys
 * make repeated runs send each mail once. Each page of tasks commits on its own ({@link DeadlineChunks}).
 */
@Named("checkTaskDeadlines")
@ApplicationScoped
public class CheckTaskDeadlines implements JavaDelegate {

    private static final int PAGE = 500;
    private static final Logger LOG = Logger.getLogger(CheckTaskDeadlines.class.getName());

    @EJB
    private DeadlineChunks chunks;

    @Override
    public void execute(DelegateExecution execution) {
        if (earlierTurnFailed(execution)) {
            return;
        }
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        long now = EngineTime.now().toEpochMilli();
        Date soon = new Date(now + period("culture.reminder-before").toMillis());
        Date escalateBefore = new Date(now - period("culture.escalate-after").toMillis());

        forEachPage(tasks.createTaskQuery().dueAfter(new Date(now)).dueBefore(soon).orderByTaskId().asc(),
                page -> chunks.dueSoon(page, page.stream().map(task -> candidateGroups(tasks, task)).toList()));
        forEachPage(tasks.createTaskQuery().dueBefore(escalateBefore).orderByTaskId().asc(), chunks::overdue);
    }

    /**
     * A sweep that keeps failing raises one incident, not one every 15 minutes: while an earlier turn's
     * incident is open, later turns pass, until an admin retries it (Admin, failed jobs).
     */
    private static boolean earlierTurnFailed(DelegateExecution execution) {
        long open = execution.getProcessEngineServices().getRuntimeService().createIncidentQuery()
                .processDefinitionId(execution.getProcessDefinitionId()).incidentType(Incident.FAILED_JOB_HANDLER_TYPE)
                .count();
        if (open > 0) {
            LOG.warning("An earlier deadline sweep failed and waits for an admin's retry; this turn passes");
        }
        return open > 0;
    }

    private static void forEachPage(org.camunda.bpm.engine.task.TaskQuery query, Consumer<List<Task>> action) {
        for (int first = 0; ; first += PAGE) {
            List<Task> page = query.listPage(first, PAGE);
            action.accept(page);
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
