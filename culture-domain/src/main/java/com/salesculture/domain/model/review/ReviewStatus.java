package com.salesculture.domain.model.review;

/** Where a review stands in its process. */
public enum ReviewStatus {
    /** The recommendation is being worked out. */
    RECOMMENDING,
    /** A sales leader confirms the recommendation or overrides it. */
    AWAITING_CONFIRMATION,
    /** A sales leader drafts the recovery plan. */
    AWAITING_PLAN,
    /** The salesperson acknowledges the review (and the plan). */
    AWAITING_ACKNOWLEDGEMENT,
    COMPLETED,
    /** Ended before completion: the salesperson left, or the programme closed (the decision log says which). */
    ENDED
}
