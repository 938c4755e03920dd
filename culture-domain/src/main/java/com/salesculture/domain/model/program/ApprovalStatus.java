package com.salesculture.domain.model.program;

/** Where a drafted decision stands: drafted, awaiting approval, approved, or returned with a reason. */
public enum ApprovalStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED
}
