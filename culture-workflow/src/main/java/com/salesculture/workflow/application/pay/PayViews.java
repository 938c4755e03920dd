package com.salesculture.workflow.application.pay;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Values-linked pay as pages and the API show it. */
public final class PayViews {

    private PayViews() {
    }

    /**
     * A programme's pay period: its statements' number and total amount in force, and the step it waits
     * on (none once approved).
     */
    public record Run(long id, long programId, int periodNumber, LocalDate start, LocalDate lastDay, String status,
                      int drafts, Instant draftedAt, String approvedBy, Instant approvedAt, int statements,
                      BigDecimal totalAmount, String waitingOn) implements Serializable {
    }

    /** One value's part of a statement: which cycles counted, how many customers rated it, how it counted. */
    public record Line(long valueId, String value, BigDecimal weight, List<Integer> cycles, int ratings, int favourable,
                       BigDecimal consistency, BigDecimal attainment, String judgement) implements Serializable {
    }

    /**
     * A statement, with the explanation the salesperson reads. {@code inForce}: the approved statement
     * payroll uses (the newest approved correction, or the original).
     */
    public record Statement(long id, long runId, long programId, LocalDate periodStart, LocalDate periodLastDay,
                            long salespersonId, String salesperson, String status, BigDecimal valuesShare,
                            BigDecimal threshold, BigDecimal attainment, boolean judged, int activeDays,
                            int periodDays, BigDecimal shareOfTarget, BigDecimal targetVariablePay,
                            BigDecimal amount, Long correctsId, String correctionReason, Long correctedById,
                            boolean inForce, String createdBy, Instant createdAt, String approvedBy,
                            Instant approvedAt, List<Line> lines) implements Serializable {
    }

    /** What payroll receives for an approved period: the statement in force per salesperson. */
    public record Payroll(Run run, List<Statement> statements, BigDecimal totalAmount) {
    }
}
