package com.salesculture.workflow.process;

import com.salesculture.domain.model.exit.ExitStage;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The typed catalogue of {@code exit-approval}: key, tasks, message and variables. */
public final class ExitCaseProcess {

    public static final String KEY = "exit-approval";
    public static final String HR_REVIEW_TASK = "HrReview";
    public static final String EVIDENCE_TASK = "AddEvidence";
    public static final String APPROVAL_TASK = "ApproveExit";
    public static final String OFFBOARD_TASK = "Offboard";
    public static final String CANCEL_MESSAGE = "exit-case-cancelled";
    /** The decision log's subject type of an exit case. */
    public static final String SUBJECT = "exit-case";

    private static final String EXIT_CASE_ID = "exitCaseId";
    static final String CANCEL_REASON = "cancelReason";
    static final String CANCELLED_BY = "cancelledBy";

    private ExitCaseProcess() {
    }

    /**
     * The business key of a case's process: messages correlate by it. Prefixed, so that it never reads
     * as a programme id (the business key of the programme's processes).
     */
    public static String businessKey(long exitCaseId) {
        return SUBJECT + ":" + exitCaseId;
    }

    public static Map<String, Object> startVariables(long exitCaseId) {
        return Map.of(EXIT_CASE_ID, exitCaseId);
    }

    public static Map<String, Object> cancelVariables(String by, String reason) {
        return Map.of(CANCELLED_BY, by, CANCEL_REASON, reason);
    }

    static long exitCaseId(DelegateExecution execution) {
        return (Long) execution.getVariable(EXIT_CASE_ID);
    }

    /** The stage a case is at while the process waits in one of its user tasks. */
    public static ExitStage stageAt(String userTask) {
        return switch (userTask) {
            case HR_REVIEW_TASK -> ExitStage.HR_REVIEW;
            case EVIDENCE_TASK -> ExitStage.EVIDENCE_REQUESTED;
            case APPROVAL_TASK -> ExitStage.EXECUTIVE_APPROVAL;
            case OFFBOARD_TASK -> ExitStage.OFFBOARDING;
            default -> throw new IllegalArgumentException("No exit stage waits in " + userTask);
        };
    }
}
