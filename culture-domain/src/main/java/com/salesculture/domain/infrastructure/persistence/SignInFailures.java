package com.salesculture.domain.infrastructure.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Failed sign-ins in a row per subject (an account, a client address): where the sign-in brakes
 * count. A single node counts in its memory ({@link #inMemory()}); the nodes of a cluster count in
 * the database they share ({@link SharedSignInFailures}).
 */
public interface SignInFailures {

    /** Failures in a row, and when the last one was. */
    record Count(int failures, Instant last) {
    }

    /** The counts of those subjects that have any. */
    Map<String, Count> of(Collection<String> subjects);

    /**
     * Counts one more failure of {@code subject} at {@code now}; a count whose last failure was before
     * {@code startsAgainBefore} starts again at one. Answers the count as it is now.
     */
    Count add(String subject, Instant now, Instant startsAgainBefore);

    /** A success: the subject's count is gone. */
    void clear(String subject);

    static SignInFailures inMemory() {
        return new InMemorySignInFailures();
    }
}
