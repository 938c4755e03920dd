package com.salesculture.domain.model.decision;

/** What kind of decision or action an entry of the decision log records. */
public enum DecisionType {
    PROGRAM_STARTED,
    /** A sales leader recorded figures of the intent's deliverables (the evidence: a CSV file's SHA-256). */
    ACTUALS_RECORDED,
    /** A deliverable's figures project short of its target by its due date (actor: system), once a period. */
    DELIVERABLE_AT_RISK,
    /** A sales leader's response to an at-risk deliverable: the action, its owner and date. */
    DELIVERABLE_RESPONSE_RECORDED,
    /** A programme closed: its horizon was reached (actor: system), or an executive closed it with a reason. */
    PROGRAM_CLOSED,
    /**
     * A process ended before its end: its salesperson left, or its programme closed (the reason says
     * which); the entry names the process instance.
     */
    PROCESS_ENDED,
    TASK_CLAIMED,
    TASK_RELEASED,
    TASK_COMPLETED,
    TASK_REASSIGNED,
    TASK_DELEGATED,
    TASK_RESOLVED,
    TASK_DATES_CHANGED,
    EVIDENCE_ATTACHED,
    /** Someone tried to decide what four eyes reserve for another person. */
    FOUR_EYES_REFUSED,
    TEAM_FORMED,
    SALESPERSON_ADDED,
    SALESPERSON_CHANGED,
    /** HR brought an exited salesperson back; the reason is HR's. */
    SALESPERSON_REHIRED,
    /** A file of salespeople was imported; the evidence is the file's SHA-256. */
    SALESPEOPLE_IMPORTED,
    INTENT_SUBMITTED,
    INTENT_APPROVED,
    INTENT_REJECTED,
    VALUES_SUBMITTED,
    VALUES_APPROVED,
    VALUES_REJECTED,
    /** A salesperson acknowledged a version of the values charter. */
    VALUES_ACKNOWLEDGED,
    PLAN_VERSION_STARTED,
    PLAN_SUBMITTED,
    /** HR's or Finance's review of a plan version (the outcome says which and how). */
    PLAN_REVIEWED,
    PLAN_APPROVED,
    PLAN_REJECTED,
    CUSTOMER_ADDED,
    /** A file of customer contacts was imported; the evidence is the file's SHA-256. */
    CUSTOMERS_IMPORTED,
    SURVEY_SETTINGS_CHANGED,
    /** A survey cycle was opened (by a sales leader, or by the programme's cadence). */
    SURVEY_CYCLE_OPENED,
    SURVEY_CYCLE_CLOSED,
    /** A sales leader published a cycle's scores to the salespeople. */
    SCORES_PUBLISHED,
    /** The publication named, per value, the salespeople whose customers saw it most consistently (the plan asks for it). */
    RECOGNITION_PUBLISHED,
    /** The outcome of a leader's follow-up on a low rating. */
    FOLLOW_UP_RECORDED,
    /** The DMN decision's recommendation for a review (actor: system; the reason is the matched rule's rationale). */
    REVIEW_RECOMMENDED,
    REVIEW_CONFIRMED,
    /** A sales leader concluded other than recommended; the reason is mandatory. */
    REVIEW_OVERRIDDEN,
    REVIEW_ACKNOWLEDGED,
    /** The leader the plan's task is with saved a draft of the recovery plan. */
    RECOVERY_PLAN_DRAFTED,
    RECOVERY_PLAN_OPENED,
    /** A recovery plan's follow-up at a published cycle: succeeded or failed. */
    RECOVERY_PLAN_CLOSED,
    EXIT_PROPOSED,
    /** The server refused an exit proposal: no completed recovery plan and no documented unwillingness. */
    EXIT_PROPOSAL_REFUSED,
    EXIT_DOCUMENT_ADDED,
    /** HR accepted, returned for more evidence, or rejected an exit case. */
    EXIT_HR_REVIEWED,
    EXIT_EVIDENCE_ADDED,
    EXIT_APPROVED,
    EXIT_REJECTED,
    EXIT_CHECKLIST_ITEM_DONE,
    EXIT_CLOSED,
    EXIT_CANCELLED,
    EXIT_LEGAL_HOLD_PLACED,
    EXIT_LEGAL_HOLD_RELEASED,
    /** An admin gave a failed job another attempt; the reason is theirs. */
    JOB_RETRIED,
    /** An admin started the engine's history clean-up (removal times passed; legal holds have none). */
    HISTORY_CLEANUP_STARTED,
    /** An admin moved running instances of a process to another version of its model. */
    PROCESS_MIGRATED,
    /** An admin opened an account (a salesperson's too); the outcome lists its roles. */
    ACCOUNT_CREATED,
    /** A role given to an account (by an admin, or by the identity provider at sign-on). */
    ROLE_GRANTED,
    ROLE_REVOKED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    /** A single-use link to set a password was mailed (never the link itself). */
    PASSWORD_LINK_SENT,
    /** A person set their password, through a link or by changing it. */
    PASSWORD_SET,
    /** An admin gave a mail whose attempts ran out a new round; the reason is theirs. */
    MAIL_RETRIED,
    /** A pay period's statements were drafted (again, after a return or a rejection); the outcome counts them. */
    PAY_STATEMENTS_DRAFTED,
    /** Finance or HR checked a pay period's statements and passed them on. */
    PAY_CHECKED,
    /** Finance or HR returned a pay period's statements to be drafted again; the reason is theirs. */
    PAY_RETURNED,
    PAY_APPROVED,
    PAY_REJECTED,
    /** Finance corrected an approved statement: a new statement naming the one it corrects. */
    PAY_CORRECTION_DRAFTED,
    PAY_CORRECTION_APPROVED,
    /** Finance exported an approved pay period for payroll (CSV or PDF); the evidence is the file's hash. */
    PAYROLL_EXPORTED
}
