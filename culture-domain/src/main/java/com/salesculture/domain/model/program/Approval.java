package com.salesculture.domain.model.program;

import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/**
 * The approval cycle a drafted part of a programme goes through (intent, values): a sales leader
 * drafts and submits, an executive approves or rejects with a reason, a rejected draft is reworked.
 * Only a draft or a rejected one can change; an approved one never does.
 */
@Embeddable
public class Approval {

    public static final int MAX_REASON_LENGTH = 2000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApprovalStatus status = ApprovalStatus.DRAFT;

    @Column(name = "drafted_by")
    private String draftedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    /** @throws ConflictException once submitted or approved */
    void requireEditable() {
        if (status != ApprovalStatus.DRAFT && status != ApprovalStatus.REJECTED) {
            throw new ConflictException("approval.notEditable", status.name());
        }
    }

    void drafted(String by) {
        requireEditable();
        draftedBy = Objects.requireNonNull(by);
    }

    void submit(Instant now) {
        requireEditable();
        status = ApprovalStatus.SUBMITTED;
        submittedAt = now;
    }

    void approve(String by, Instant now) {
        requireSubmitted();
        status = ApprovalStatus.APPROVED;
        decidedBy = by;
        decidedAt = now;
        rejectionReason = null;
    }

    void reject(String by, Instant now, String reason) {
        requireSubmitted();
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON_LENGTH) {
            throw new InvalidInputException("reason", "intent.reason.required", MAX_REASON_LENGTH);
        }
        status = ApprovalStatus.REJECTED;
        decidedBy = by;
        decidedAt = now;
        rejectionReason = reason.strip();
    }

    private void requireSubmitted() {
        if (status != ApprovalStatus.SUBMITTED) {
            throw new ConflictException("approval.notSubmitted", status.name());
        }
    }

    public ApprovalStatus status() {
        return status;
    }

    public String draftedBy() {
        return draftedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String rejectionReason() {
        return rejectionReason;
    }
}
