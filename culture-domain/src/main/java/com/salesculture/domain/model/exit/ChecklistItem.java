package com.salesculture.domain.model.exit;

import com.salesculture.domain.model.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One item of an exit case's offboarding checklist, ticked with who and when. */
@Entity
@Table(name = "exit_checklist_item")
public class ChecklistItem {

    @Id
    @SequenceGenerator(name = "exit_checklist_item_seq", sequenceName = "exit_checklist_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exit_checklist_item_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChecklistKind kind;

    /** The customer contact to hand over (hand-over items only). */
    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "new_owner_id")
    private Long newOwnerId;

    private String note;

    @Column(name = "done_by")
    private String doneBy;

    @Column(name = "done_at")
    private Instant doneAt;

    @Version
    private long version;

    protected ChecklistItem() {
        // for JPA
    }

    public ChecklistItem(long caseId, ChecklistKind kind, Long customerId) {
        this.caseId = caseId;
        this.kind = kind;
        this.customerId = customerId;
    }

    /** Ticks the item; a hand-over names the salesperson who takes the customer on. */
    public void tick(String by, Instant at, Long newOwner, String withNote) {
        if (doneAt != null) {
            throw new ConflictException("exit.checklist.done", by);
        }
        doneBy = by;
        doneAt = at;
        newOwnerId = newOwner;
        note = withNote;
    }

    public boolean done() {
        return doneAt != null;
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public ChecklistKind kind() {
        return kind;
    }

    public Long customerId() {
        return customerId;
    }

    public Long newOwnerId() {
        return newOwnerId;
    }

    public String note() {
        return note;
    }

    public String doneBy() {
        return doneBy;
    }

    public Instant doneAt() {
        return doneAt;
    }
}
