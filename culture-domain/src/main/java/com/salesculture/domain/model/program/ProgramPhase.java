package com.salesculture.domain.model.program;

/** Where the set-up of a programme stands (DESIGN §1: intent → values → plan → measure). */
public enum ProgramPhase {
    /** Started; the sales leader drafts the strategic intent. */
    DRAFTING_INTENT,
    /** The strategic intent is submitted; an executive approves or rejects it. */
    INTENT_DRAFTED,
    /** The strategic intent is approved; the sales leader drafts the values. */
    INTENT_APPROVED,
    /** The values are submitted; an executive approves or rejects them. */
    VALUES_DRAFTED,
    /** The values are approved; salespeople acknowledge them, the sales leader drafts the plan. */
    VALUES_APPROVED,
    /** The first compensation plan is with HR, Finance and the executives. */
    PLAN_IN_REVIEW,
    /** A compensation plan is in force; the measurement phase comes next. */
    PLAN_APPROVED,
    /** Closed: its horizon was reached, or an executive closed it with a reason; nothing new starts. */
    CLOSED
}
