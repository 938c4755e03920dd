package com.salesculture.workflow.application.programme;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A programme's strategic intent as pages and the API show it; {@code revision} is what an edit must have read (ETag). */
public record IntentView(long programId, String status, String statement, String draftedBy, Instant submittedAt,
                         String decidedBy, String decidedByName, Instant decidedAt, String rejectionReason,
                         List<DeliverableView> deliverables, long revision) implements Serializable {

    /** One deliverable, with the names of the teams that carry it. */
    public record DeliverableView(String kind, String metric, BigDecimal baseline, BigDecimal target, String unit,
                                  LocalDate dueDate, String customerGroup, List<Long> teams, List<String> teamNames) implements Serializable {
    }
}
