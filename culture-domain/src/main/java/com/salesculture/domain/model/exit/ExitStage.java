package com.salesculture.domain.model.exit;

/** Where an exit case stands; the last three end it. */
public enum ExitStage {
    HR_REVIEW, EVIDENCE_REQUESTED, EXECUTIVE_APPROVAL, OFFBOARDING, CLOSED, REJECTED, CANCELLED;

    public boolean ended() {
        return this == CLOSED || this == REJECTED || this == CANCELLED;
    }
}
