package com.salesculture.domain.model.shared;

import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist, or the caller may not know that it exists. */
@ApplicationException(rollback = true)
public class NotFoundException extends RefusedException {

    public NotFoundException(String key, Object... arguments) {
        super(Message.of(key, arguments));
    }
}
