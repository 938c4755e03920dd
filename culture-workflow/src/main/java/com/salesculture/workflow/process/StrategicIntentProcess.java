package com.salesculture.workflow.process;

import com.salesculture.domain.model.program.ProgramId;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The typed catalogue of {@code strategic-intent}: its key, user tasks and variables. Its business
 * key is the programme id (passed down by {@code culture-program}'s call activity).
 */
public final class StrategicIntentProcess {

    public static final String KEY = "strategic-intent";
    public static final String DRAFT_INTENT = "DraftIntent";
    public static final String APPROVE_INTENT = "ApproveIntent";
    /** Set by the approval form: {@code APPROVE} or {@code REJECT}. */
    static final String DECISION = "decision";
    static final String REASON = "reason";

    private StrategicIntentProcess() {
    }

    static ProgramId programId(DelegateExecution execution) {
        return ProgramId.fromBusinessKey(execution.getProcessBusinessKey()).orElseThrow();
    }

    static boolean approved(DelegateExecution execution) {
        return "APPROVE".equals(execution.getVariable(DECISION));
    }

    static String reason(DelegateExecution execution) {
        return (String) execution.getVariable(REASON);
    }

    /** Who completed the task that led here (the engine runs the next steps in their command). */
    static String actor(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        return authentication == null ? "system" : authentication.getUserId();
    }

    static List<String> actorRoles(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        return authentication == null || authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    }
}
