package com.salesculture.domain.model.shared;

import jakarta.ejb.ApplicationException;

/** What was asked for existed but has run out (a survey link after its cycle closed); nothing was changed. */
@ApplicationException(rollback = true)
public class ExpiredException extends RefusedException {

    public ExpiredException(String key, Object... arguments) {
        super(Message.of(key, arguments));
    }
}
