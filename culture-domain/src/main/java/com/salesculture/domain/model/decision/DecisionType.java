package com.salesculture.domain.model.decision;

/** What kind of decision or action an entry of the decision log records. */
public enum DecisionType {
    PROGRAM_STARTED,
    TASK_CLAIMED,
    TASK_RELEASED,
    TASK_COMPLETED,
    /** Someone tried to decide what four eyes reserve for another person. */
    FOUR_EYES_REFUSED
}
