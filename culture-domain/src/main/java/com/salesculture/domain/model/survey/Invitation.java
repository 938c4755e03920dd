package com.salesculture.domain.model.survey;

import java.time.Instant;

/** An invitation as a link finds it: whom it asks about, in which cycle, and whether it was answered. */
public record Invitation(long id, SurveyCycleId cycleId, long salespersonId, String customerName,
                         String language, Instant respondedAt) {

    public boolean answered() {
        return respondedAt != null;
    }
}
