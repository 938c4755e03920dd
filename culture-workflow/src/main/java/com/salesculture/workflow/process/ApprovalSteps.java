package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.workflow.engine.EngineInternals;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What the approval steps of every drafting process share: the approval form's variables, and who
 * acted (the engine runs the steps after a task in the command of the person who completed it).
 */
final class ApprovalSteps {

    /** Set by the approval form: {@code APPROVE} or {@code REJECT}. */
    static final String DECISION = "decision";
    static final String REASON = "reason";

    private ApprovalSteps() {
    }

    /** The programme: the business key of every process of its set-up. */
    static ProgramId programId(DelegateExecution execution) {
        return ProgramId.fromBusinessKey(execution.getProcessBusinessKey()).orElseThrow();
    }

    static boolean approved(DelegateExecution execution) {
        return "APPROVE".equals(execution.getVariable(DECISION));
    }

    static String reason(DelegateExecution execution) {
        return (String) execution.getVariable(REASON);
    }

    static String actor(DelegateExecution execution) {
        String user = EngineInternals.currentUser(execution.getProcessEngineServices());
        return user == null ? Decision.SYSTEM : user;
    }

    static List<String> actorRoles(DelegateExecution execution) {
        return EngineInternals.currentGroups(execution.getProcessEngineServices());
    }

    static List<String> actorRoles(DelegateTask task) {
        return EngineInternals.currentGroups(task.getProcessEngineServices());
    }
}
