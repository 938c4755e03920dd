package com.salesculture.domain.model.shared;

import jakarta.ejb.ApplicationException;

/** The caller is known but may not do this; nothing was changed. */
@ApplicationException(rollback = true)
public class NotAllowedException extends RefusedException {

    public NotAllowedException(String key, Object... arguments) {
        super(Message.of(key, arguments));
    }
}
