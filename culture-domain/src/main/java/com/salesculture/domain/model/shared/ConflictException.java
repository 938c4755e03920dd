package com.salesculture.domain.model.shared;

import jakarta.ejb.ApplicationException;

/**
 * The request came too late or collided with someone else's change
 * (already completed, claimed by another user, changed concurrently); nothing was changed.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RefusedException {

    public ConflictException(String key, Object... arguments) {
        super(Message.of(key, arguments));
    }
}
