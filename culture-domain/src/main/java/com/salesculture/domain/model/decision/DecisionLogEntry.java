package com.salesculture.domain.model.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * One link of the decision log's hash chain. Immutable: it is created once, in the transaction of
 * the decision it records, and never changed or removed. Its hash covers every field and the hash
 * of its predecessor, so altering, removing or reordering any entry is detectable.
 */
@Entity
@Table(name = "decision_log")
public class DecisionLogEntry {

    /** The predecessor of the first entry. */
    public static final String GENESIS_HASH = "0".repeat(64);

    @Id
    @Column(updatable = false)
    private long seq;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_roles", nullable = false, updatable = false)
    private String actorRoles;

    @Column(nullable = false, updatable = false)
    private String decision;

    @Column(name = "subject_type", updatable = false)
    private String subjectType;

    @Column(name = "subject_id", updatable = false)
    private String subjectId;

    @Column(nullable = false, updatable = false)
    private String outcome;

    @Column(updatable = false, length = 2000)
    private String reason;

    @Column(name = "evidence_hashes", updatable = false, length = 2000)
    private String evidenceHashes;

    @Column(name = "process_instance_id", updatable = false)
    private String processInstanceId;

    @Column(name = "task_id", updatable = false)
    private String taskId;

    @Column(name = "previous_hash", nullable = false, updatable = false)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, updatable = false)
    private String entryHash;

    /** The seal of {@link #entryHash} with a key the database does not hold ({@link DecisionLogSeal}). */
    @Column(name = "seal", updatable = false)
    private String seal;

    protected DecisionLogEntry() {
        // for JPA
    }

    /** The entry that follows the entry {@code previousSeq} with hash {@code previousHash}, sealed. */
    static DecisionLogEntry following(long previousSeq, String previousHash, Decision decision, Instant recordedAt,
                                      DecisionLogSeal seal) {
        DecisionLogEntry entry = new DecisionLogEntry();
        entry.seq = previousSeq + 1;
        entry.recordedAt = recordedAt;
        entry.actor = decision.actor();
        entry.actorRoles = String.join(",", decision.actorRoles());
        entry.decision = decision.type().name();
        entry.subjectType = decision.subjectType();
        entry.subjectId = decision.subjectId();
        entry.outcome = decision.outcome();
        entry.reason = decision.reason();
        entry.evidenceHashes = decision.evidenceHashes().isEmpty() ? null : String.join(",", decision.evidenceHashes());
        entry.processInstanceId = decision.processInstanceId();
        entry.taskId = decision.taskId();
        entry.previousHash = previousHash;
        entry.entryHash = entry.computeHash();
        entry.seal = seal.sign(entry.entryHash);
        return entry;
    }

    /** An entry as a row of the database holds it, to recompute its hash (see {@link ChainCheck}). */
    public static DecisionLogEntry stored(long seq, Instant recordedAt, String actor, String actorRoles, String decision,
                                          String subjectType, String subjectId, String outcome, String reason,
                                          String evidenceHashes, String processInstanceId, String taskId,
                                          String previousHash, String entryHash, String seal) {
        DecisionLogEntry entry = new DecisionLogEntry();
        entry.seq = seq;
        entry.recordedAt = recordedAt;
        entry.actor = actor;
        entry.actorRoles = actorRoles;
        entry.decision = decision;
        entry.subjectType = subjectType;
        entry.subjectId = subjectId;
        entry.outcome = outcome;
        entry.reason = reason;
        entry.evidenceHashes = evidenceHashes;
        entry.processInstanceId = processInstanceId;
        entry.taskId = taskId;
        entry.previousHash = previousHash;
        entry.entryHash = entryHash;
        entry.seal = seal;
        return entry;
    }

    /**
     * SHA-256 (hex) over every field and the predecessor's hash. Each field is written with its
     * length, so no two different entries share a canonical form.
     */
    public String computeHash() {
        StringBuilder canonical = new StringBuilder();
        for (Object field : Arrays.asList(seq, recordedAt, actor, actorRoles, decision, subjectType, subjectId,
                outcome, reason, evidenceHashes, processInstanceId, taskId, previousHash)) {
            String text = field == null ? null : field.toString();
            canonical.append(text == null ? "-" : text.length() + ":" + text).append('|');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public long seq() {
        return seq;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String actor() {
        return actor;
    }

    public List<String> actorRoles() {
        return actorRoles.isEmpty() ? List.of() : List.of(actorRoles.split(","));
    }

    public DecisionType type() {
        return DecisionType.valueOf(decision);
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public String outcome() {
        return outcome;
    }

    /** SHA-256 of each piece of evidence, if any. */
    public java.util.List<String> evidenceHashes() {
        return evidenceHashes == null ? java.util.List.of() : java.util.List.of(evidenceHashes.split(","));
    }

    public String reason() {
        return reason;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public String taskId() {
        return taskId;
    }

    public String seal() {
        return seal;
    }

    public String previousHash() {
        return previousHash;
    }

    public String entryHash() {
        return entryHash;
    }
}
