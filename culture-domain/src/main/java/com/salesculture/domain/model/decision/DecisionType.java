package com.salesculture.domain.model.decision;

/** What kind of decision or action an entry of the decision log records. */
public enum DecisionType {
    PROGRAM_STARTED,
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
    /** The outcome of a leader's follow-up on a low rating. */
    FOLLOW_UP_RECORDED
}
