package com.salesculture.domain.infrastructure.persistence;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A lock the database gave up waiting for (its lock timeout, a deadlock it broke): another transaction
 * held what this one needed, nothing of this one was kept, and the same request may simply be tried again.
 */
public final class LockConflicts {

    /** H2's lock timeout; a serialization failure or deadlock (H2, PostgreSQL); PostgreSQL's lock timeout. */
    private static final Set<String> SQL_STATES = Set.of("HYT00", "40001", "40P01", "55P03");

    private LockConflicts() {
    }

    /**
     * Whether the failure, or anything it wraps, is such a lock conflict. Suppressed exceptions count too:
     * a transaction that failed while committing carries what its last steps threw there.
     */
    public static boolean among(Throwable failure) {
        return among(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean among(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (failure instanceof PessimisticLockException || failure instanceof LockTimeoutException) {
            return true;
        }
        if (failure instanceof SQLException sql) {
            int read = 0; // a driver's chain of next exceptions could lead back to itself
            for (SQLException next = sql; next != null && read++ < 100; next = next.getNextException()) {
                if (SQL_STATES.contains(next.getSQLState())) {
                    return true;
                }
            }
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (among(suppressed, seen)) {
                return true;
            }
        }
        return among(failure.getCause(), seen);
    }
}
