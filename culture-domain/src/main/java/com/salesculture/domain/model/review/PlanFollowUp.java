package com.salesculture.domain.model.review;

import java.util.Locale;

/**
 * What became of the salesperson's recovery plan at a cycle's follow-up, as the DMN decision reads
 * it: none to follow up, still open (too few responses to judge), succeeded, failed.
 */
public enum PlanFollowUp {
    NONE, OPEN, SUCCEEDED, FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
