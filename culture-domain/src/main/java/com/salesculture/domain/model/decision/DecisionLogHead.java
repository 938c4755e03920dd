package com.salesculture.domain.model.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The end of the chain, a single row. Appending holds a write lock on it until the decision's
 * transaction ends, so entries line up one after another even when decisions are concurrent.
 */
@Entity
@Table(name = "decision_log_head")
public class DecisionLogHead {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    /** The first entry sealed when it was written; those before it came before sealing began. */
    @Column(name = "sealed_from")
    private Long sealedFrom;

    protected DecisionLogHead() {
        // for JPA
    }

    /** Chains the decision after the current end, sealed, and moves the end to it. */
    public DecisionLogEntry append(Decision decision, Instant recordedAt, DecisionLogSeal seal) {
        DecisionLogEntry entry = DecisionLogEntry.following(lastSeq, lastHash, decision, recordedAt, seal);
        lastSeq = entry.seq();
        lastHash = entry.entryHash();
        if (sealedFrom == null) {
            sealedFrom = entry.seq();
        }
        return entry;
    }

    /** The current end, sealed: a checkpoint for auditors to keep. */
    public Checkpoint checkpoint(Instant now, DecisionLogSeal seal) {
        return Checkpoint.of(lastSeq, lastHash, now, seal);
    }
}
