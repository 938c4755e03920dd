package com.salesculture.domain.model.program;

/** Where a strategic intent stands: drafted, awaiting approval, approved, or returned with a reason. */
public enum IntentStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED
}
