package com.salesculture.domain.model.decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recomputes the chain entry by entry, in sequence order, without holding the log in memory: every
 * entry must follow its predecessor's number, point to its predecessor's hash, hash to what it
 * stores, and, from the first entry sealed on, carry the seal of that hash; the last must be the one
 * the head names, and every checkpoint must be sealed by our key and name the entry the log holds at
 * its place.
 */
public final class ChainCheck {

    private final DecisionLogSeal seal;
    private final Long sealedFrom;
    /** The entry hash each checkpoint saw, by its sequence number. */
    private final Map<Long, List<String>> checkpointHashes = new HashMap<>();
    private final int checkpoints;
    private long entries;
    private long expectedSeq = 1;
    private String previousHash = DecisionLogEntry.GENESIS_HASH;
    private Long brokenSeq;
    private ChainVerification.Problem problem;

    /**
     * @param seal        the key's seal
     * @param sealedFrom  the first entry sealed when written (the head says); null before any
     * @param checkpoints checkpoints to hold the log against: the stored ones, and one an auditor brought
     */
    public ChainCheck(DecisionLogSeal seal, Long sealedFrom, Collection<Checkpoint> checkpoints) {
        this.seal = seal;
        this.sealedFrom = sealedFrom;
        this.checkpoints = checkpoints.size();
        for (Checkpoint checkpoint : checkpoints) {
            checkpointHashes.computeIfAbsent(checkpoint.seq(), seq -> new ArrayList<>()).add(checkpoint.entryHash());
            if (!checkpoint.sealedBy(seal)) {
                broken(checkpoint.seq(), ChainVerification.Problem.CHECKPOINT);
            }
        }
    }

    /** The next stored entry, as read from the database (not from a cache). */
    public void next(DecisionLogEntry stored) {
        entries++;
        if (brokenSeq == null || stored.seq() < brokenSeq) {
            if (stored.seq() != expectedSeq) {
                broken(expectedSeq, ChainVerification.Problem.MISSING);
            } else if (!stored.previousHash().equals(previousHash)) {
                broken(stored.seq(), ChainVerification.Problem.LINK);
            } else if (!stored.computeHash().equals(stored.entryHash())) {
                broken(stored.seq(), ChainVerification.Problem.ALTERED);
            } else if (sealedFrom != null && stored.seq() >= sealedFrom
                    && (stored.seal() == null || !seal.verifies(stored.entryHash(), stored.seal()))) {
                broken(stored.seq(), ChainVerification.Problem.FORGED);
            } else if (checkpointHashes.getOrDefault(stored.seq(), List.of()).stream()
                    .anyMatch(seen -> !seen.equals(stored.entryHash()))) {
                broken(stored.seq(), ChainVerification.Problem.CHECKPOINT);
            }
        }
        expectedSeq = stored.seq() + 1;
        previousHash = stored.entryHash();
    }

    /** The verdict, given the head's last sequence number and hash. */
    public ChainVerification result(long headSeq, String headHash, Instant now) {
        if (brokenSeq == null && (headSeq != expectedSeq - 1 || !headHash.equals(previousHash))) {
            broken(expectedSeq, ChainVerification.Problem.TRUNCATED);
        }
        if (brokenSeq == null && checkpointHashes.keySet().stream().anyMatch(seq -> seq > headSeq)) {
            // a checkpoint saw entries the log no longer holds
            broken(headSeq + 1, ChainVerification.Problem.CHECKPOINT);
        }
        return new ChainVerification(entries, brokenSeq == null, brokenSeq, problem, now, sealedFrom, checkpoints);
    }

    private void broken(long seq, ChainVerification.Problem what) {
        if (brokenSeq == null || seq < brokenSeq) {
            brokenSeq = seq;
            problem = what;
        }
    }
}
