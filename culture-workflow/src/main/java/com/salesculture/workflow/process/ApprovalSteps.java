package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.workflow.engine.EngineInternals;
import com.salesculture.workflow.form.FormType;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What the approval steps of every drafting process share: the approval form, and who
 * acted (the engine runs the steps after a task in the command of the person who completed it).
 */
final class ApprovalSteps {

    private ApprovalSteps() {
    }

    /** The programme: the business key of every process of its set-up. */
    static ProgramId programId(DelegateExecution execution) {
        return ProgramId.fromBusinessKey(execution.getProcessBusinessKey()).orElseThrow();
    }

    /** The approval form the approver completed. */
    static ApprovalForm approval(VariableScope variables) {
        return FormType.read(ApprovalForm.class, variables::getVariable);
    }

    static boolean approved(DelegateExecution execution) {
        return approval(execution).decision() == ApprovalForm.Decision.APPROVE;
    }

    static String reason(DelegateExecution execution) {
        return approval(execution).reason();
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
