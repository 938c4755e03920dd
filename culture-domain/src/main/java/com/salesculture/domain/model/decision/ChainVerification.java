package com.salesculture.domain.model.decision;

import java.io.Serializable;
import java.time.Instant;

/**
 * The outcome of recomputing the decision log's hash chain.
 *
 * @param entries        how many entries the log holds
 * @param intact         every link and every entry's hash recomputed as stored
 * @param firstBrokenSeq the sequence number of the first entry that breaks the chain; null when intact
 * @param problem        what is wrong there; null when intact
 * @param sealedFrom     the first entry sealed when it was written (those before rely on the hash chain
 *                       and on checkpoints only); null before any is
 * @param checkpoints    how many checkpoints were held against the log (stored ones and the one brought)
 */
public record ChainVerification(long entries, boolean intact, Long firstBrokenSeq, Problem problem, Instant checkedAt,
                                Long sealedFrom, int checkpoints) implements Serializable {

    /** What breaks a chain. */
    public enum Problem {
        /** An entry's content no longer hashes to its stored hash: it was altered. */
        ALTERED,
        /** An entry does not point to its predecessor's hash: entries were reordered or replaced. */
        LINK,
        /** A sequence number is missing: an entry was removed. */
        MISSING,
        /** The log ends before its head says it does: entries were removed at the end. */
        TRUNCATED,
        /**
         * The chain holds, but an entry's seal does not: the log was rewritten from here on by someone
         * who could recompute the hashes but has not the key.
         */
        FORGED,
        /** A checkpoint sees another entry at its place than the log now holds, or is not sealed by our key. */
        CHECKPOINT
    }
}
