package com.salesculture.domain.model.decision;

import java.time.Instant;

/**
 * Recomputes the chain entry by entry, in sequence order, without holding the log in memory: every
 * entry must follow its predecessor's number, point to its predecessor's hash, and hash to what it
 * stores; the last must be the one the head names.
 */
public final class ChainCheck {

    private long entries;
    private long expectedSeq = 1;
    private String previousHash = DecisionLogEntry.GENESIS_HASH;
    private Long brokenSeq;
    private ChainVerification.Problem problem;

    /** The next stored entry, as read from the database (not from a cache). */
    public void next(DecisionLogEntry stored) {
        entries++;
        if (brokenSeq == null) {
            if (stored.seq() != expectedSeq) {
                broken(expectedSeq, ChainVerification.Problem.MISSING);
            } else if (!stored.previousHash().equals(previousHash)) {
                broken(stored.seq(), ChainVerification.Problem.LINK);
            } else if (!stored.computeHash().equals(stored.entryHash())) {
                broken(stored.seq(), ChainVerification.Problem.ALTERED);
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
        return new ChainVerification(entries, brokenSeq == null, brokenSeq, problem, now);
    }

    private void broken(long seq, ChainVerification.Problem what) {
        brokenSeq = seq;
        problem = what;
    }
}
