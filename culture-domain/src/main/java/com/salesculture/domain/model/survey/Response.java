package com.salesculture.domain.model.survey;

import java.time.Instant;
import java.util.Map;

/** One customer's response, as a follow-up shows it to the salesperson's leader. */
public record Response(long invitationId, SurveyCycleId cycleId, long salespersonId, String customerName,
                       String organisation, String email, Instant submittedAt, Map<Long, Integer> ratings,
                       String comment) {
}
