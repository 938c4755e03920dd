package com.salesculture.workflow.notification;

import com.salesculture.domain.model.notification.Outbox;
import com.salesculture.domain.model.notification.OutboxMail;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.people.UserAccount;
import com.salesculture.domain.model.people.UserDirectory;
import com.salesculture.domain.model.shared.Message;
import com.salesculture.domain.model.shared.UtcTime;
import com.salesculture.workflow.engine.EngineInternals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Tells people about their work: a mail with a deep link to whoever is assigned a task, or to the
 * members of its candidate groups when nobody is. Never to the person who caused the change.
 * The mails go into the outbox in the engine's transaction and are sent after it commits; those a person
 * gets in the same dispatch go out as one digest, each task still linked.
 */
@ApplicationScoped
public class TaskNotifications {

    @Inject
    private Outbox outbox;

    @Inject
    private UserDirectory users;

    /** A user task was created. */
    public void created(DelegateTask task) {
        Set<String> recipients = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            recipients.add(task.getAssignee());
        } else {
            recipients.addAll(users.membersOf(candidateGroups(task)).keySet());
        }
        recipients.remove(actor(task));
        for (String recipient : recipients) {
            enqueue("task-created:" + task.getId() + ":" + recipient, recipient, task.getId(),
                    Message.of("mail.created.subject", task.getName()),
                    Message.of(task.getAssignee() == null ? "mail.created.forGroup" : "mail.created.forYou",
                            task.getName()));
        }
    }

    /** A user task was given to someone (claim, reassignment, delegation). */
    public void assigned(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null || assignee.equals(actor(task))) {
            return; // released, or claimed by the assignee themselves
        }
        enqueue("task-assigned:" + task.getId() + ":" + assignee + ":" + Instant.now().toEpochMilli(), assignee,
                task.getId(), Message.of("mail.assigned.subject", task.getName()),
                Message.of("mail.assigned.lead", users.displayName(actor(task)), task.getName()));
    }

    /** The due date of an open task is near: remind its assignee, or its groups when unclaimed. */
    public void dueSoon(Task task, Collection<String> candidateGroups) {
        Set<String> recipients = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            recipients.add(task.getAssignee());
        } else {
            recipients.addAll(users.membersOf(candidateGroups).keySet());
        }
        for (String recipient : recipients) {
            String due = UtcTime.minutes(task.getDueDate().toInstant());
            enqueue("reminder:" + task.getId() + ":" + task.getDueDate().getTime() + ":" + recipient, recipient,
                    task.getId(), Message.of("mail.reminder.subject", task.getName(), due),
                    Message.of("mail.reminder.lead", due, task.getName()));
        }
    }

    /** An open task is overdue beyond the escalation period: tell the executives. */
    public void overdue(Task task) {
        Message who = task.getAssignee() == null ? Message.of("mail.overdue.unclaimed")
                : Message.of("mail.overdue.with", users.displayName(task.getAssignee()));
        for (String executive : users.membersOf(List.of(Role.EXECUTIVE.groupName())).keySet()) {
            enqueue("escalation:" + task.getId() + ":" + task.getDueDate().getTime() + ":" + executive, executive,
                    task.getId(), Message.of("mail.overdue.subject", task.getName()),
                    Message.of("mail.overdue.lead", task.getName(), UtcTime.minutes(task.getDueDate().toInstant()), who));
        }
    }

    /** Worded in the recipient's language. */
    private void enqueue(String dedupeKey, String username, String taskId, Message subject, Message lead) {
        UserAccount recipient = users.find(username).orElse(null);
        if (recipient == null) {
            return;
        }
        Locale language = recipient.locale();
        String body = Message.of("mail.body", recipient.displayName(), lead, taskLink(taskId)).in(language);
        String line = Message.of("mail.digest.line", lead, taskLink(taskId)).in(language);
        outbox.enqueue(OutboxMail.digestible(dedupeKey, recipient.email(), subject.in(language), body, line, language,
                Instant.now()));
    }

    /** The task page, under the public address of the installation (PUBLIC_URL). */
    static String taskLink(String taskId) {
        return System.getProperty("culture.public-url", "http://localhost:8080") + "/task.xhtml?id=" + taskId;
    }

    private static String actor(DelegateTask task) {
        return EngineInternals.currentUser(task.getProcessEngineServices());
    }

    private static Collection<String> candidateGroups(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .toList();
    }
}
