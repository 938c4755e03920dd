package com.salesculture.workflow.application;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionLog;
import com.salesculture.workflow.application.inbox.TaskOutcomes;
import com.salesculture.workflow.engine.EngineInternals;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Records decisions with who made them filled in from where they are made: the caller of a use case,
 * or in a process step the person the engine acts for ({@code system} when a timer or job acts), with
 * the step's process and task. A call names only the type, the subject, the outcome and why.
 */
@ApplicationScoped
public class DecisionRecorder {

    @Inject
    private DecisionLog log;

    @Inject
    private CurrentActor currentActor;

    @EJB
    private TaskOutcomes outcomes;

    /** In a use case: the caller decided. */
    public void record(Decision.Draft draft) {
        log.record(byCaller(draft));
    }

    /** A refused attempt of the caller, kept although the attempt rolls back. */
    public void recordRefusal(Decision.Draft draft) {
        outcomes.recordRefusal(byCaller(draft));
    }

    /** In a process step: whoever the engine acts for, in the step's process. */
    public void record(DelegateExecution execution, Decision.Draft draft) {
        draft.inProcess(execution.getProcessInstanceId(), null);
        String user = EngineInternals.currentUser(execution.getProcessEngineServices());
        log.record(draft.madeBy(user == null ? Decision.SYSTEM : user,
                EngineInternals.currentGroups(execution.getProcessEngineServices())));
    }

    /** On a task: whoever the engine acts for, on the task and its process. */
    public void record(DelegateTask task, Decision.Draft draft) {
        draft.inProcess(task.getProcessInstanceId(), task.getId());
        String user = EngineInternals.currentUser(task.getProcessEngineServices());
        log.record(draft.madeBy(user == null ? Decision.SYSTEM : user,
                EngineInternals.currentGroups(task.getProcessEngineServices())));
    }

    private Decision byCaller(Decision.Draft draft) {
        if (draft.named()) {
            return draft.madeBy(null, null);
        }
        Actor actor = currentActor.get();
        return draft.madeBy(actor.username(), actor.groupList());
    }
}
