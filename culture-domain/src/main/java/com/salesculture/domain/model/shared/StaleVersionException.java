package com.salesculture.domain.model.shared;

import jakarta.ejb.ApplicationException;

/**
 * The person edited a version someone else has changed since they read it (optimistic concurrency):
 * nothing of theirs is saved, and they are told who changed it, when that is known.
 */
@ApplicationException(rollback = true)
public class StaleVersionException extends RefusedException {

    /**
     * Refuses an edit of a version other than the current one.
     *
     * @param current the aggregate's version now
     * @param seen    the version the editor read; null when the caller did not say (nothing to compare)
     * @param lastBy  who made the current version, if known
     */
    public static void requireSeen(long current, Long seen, String lastBy) {
        if (seen != null && seen != current) {
            throw new StaleVersionException(lastBy);
        }
    }

    private StaleVersionException(String lastBy) {
        super(lastBy == null ? Message.of("version.stale") : Message.of("version.staleBy", lastBy));
    }
}
