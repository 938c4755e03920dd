package com.salesculture.workflow.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.camunda.bpm.engine.task.Task;

/**
 * One page of the deadline check in a transaction of its own, so that a check over many due tasks
 * commits as it goes instead of holding every notice until the end. Repeating a page (a retried job)
 * sends nothing twice: the outbox's dedupe keys see to that.
 */
@Stateless
@PermitAll
public class DeadlineChunks {

    @Inject
    private TaskNotifications notifications;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void dueSoon(List<Task> tasks, List<List<String>> candidateGroups) {
        for (int i = 0; i < tasks.size(); i++) {
            notifications.dueSoon(tasks.get(i), candidateGroups.get(i));
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void overdue(List<Task> tasks) {
        tasks.forEach(notifications::overdue);
    }
}
