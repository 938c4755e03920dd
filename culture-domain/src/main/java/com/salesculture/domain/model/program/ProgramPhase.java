package com.salesculture.domain.model.program;

/** Where the set-up of a programme stands (DESIGN §1: intent → values → plan → measure). */
public enum ProgramPhase {
    /** Started; the sales leader drafts the strategic intent. */
    DRAFTING_INTENT,
    /** The strategic intent draft is done. */
    INTENT_DRAFTED
}
