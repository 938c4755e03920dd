package com.salesculture.domain.model.review;

/** A plan is drafted by a sales leader, open until the next published cycle, then succeeded or failed. */
public enum RecoveryPlanStatus {
    DRAFT, OPEN, SUCCEEDED, FAILED
}
