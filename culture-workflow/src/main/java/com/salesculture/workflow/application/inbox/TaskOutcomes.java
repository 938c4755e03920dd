package com.salesculture.workflow.application.inbox;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionLog;
import com.salesculture.domain.model.people.UserDirectory;
import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.Message;
import com.salesculture.domain.model.shared.NotFoundException;
import com.salesculture.domain.model.shared.UtcTime;
import com.salesculture.workflow.application.EngineGateway;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Explains, after the fact, why a task action could not happen (someone else completed or claimed
 * the task first), and records refused attempts. Runs in its own transaction, because the failed
 * action's transaction is rolled back.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TaskOutcomes {

    @Inject
    private EngineGateway engine;

    @Inject
    private UserDirectory users;

    @Inject
    private DecisionLog decisions;

    /** Records a refused attempt; it must outlive the refused action's rollback. */
    public void recordRefusal(Decision refusal) {
        decisions.record(refusal);
    }

    /** The task is no longer open: completed (409) or never existed (404). */
    public RuntimeException whyGone(String taskId, String username) {
        HistoricTaskInstance history = engine.reader().getHistoryService().createHistoricTaskInstanceQuery()
                .taskId(taskId).singleResult();
        if (history == null) {
            return new NotFoundException("task.notFound", taskId);
        }
        if (history.getEndTime() == null) {
            return changedMeanwhile();
        }
        Object by = history.getAssignee() == null ? Message.of("task.someoneElse")
                : users.displayName(history.getAssignee());
        return new ConflictException("completed".equals(history.getDeleteReason()) ? "task.alreadyCompleted"
                : "task.alreadyClosed", by, UtcTime.seconds(history.getEndTime().toInstant()));
    }

    static ConflictException changedMeanwhile() {
        return new ConflictException("task.changedMeanwhile");
    }

    /** Why an engine call on an open task failed, or null if it was not a concurrent change. */
    public RuntimeException whyFailed(String taskId, String username) {
        Task task = engine.reader().getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return whyGone(taskId, username);
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(username)) {
            return new ConflictException("task.claimedMeanwhile", users.displayName(task.getAssignee()));
        }
        return null;
    }
}
