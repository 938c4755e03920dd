package com.salesculture.workflow.application.programme;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** One version of a compensation plan as pages and the API show it; {@code inForce} for the newest approved one. */
public record PlanView(long programId, int planVersion, String status, boolean inForce, String description,
                       BigDecimal variableShare, BigDecimal valuesShare, Map<String, BigDecimal> weights,
                       LocalDate effectiveDate, String payPeriod, BigDecimal valuesThreshold, boolean recognition,
                       String draftedBy,
                       String hrReview, String hrReviewer,
                       String hrReason, String financeReview, String financeReviewer, String financeReason,
                       String decidedBy, String decidedByName, Instant decidedAt, String rejectionReason,
                       long revision) implements Serializable {
}
