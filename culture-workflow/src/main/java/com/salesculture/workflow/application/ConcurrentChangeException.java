package com.salesculture.workflow.application;

import com.salesculture.domain.model.shared.ConflictException;

/**
 * The engine found a process changed by another transaction since it read it (a job the executor ran
 * meanwhile, another request): the transaction rolls back, nothing is kept, and trying again works.
 */
public class ConcurrentChangeException extends ConflictException {

    ConcurrentChangeException(Throwable cause) {
        super("api.busy");
        initCause(cause);
    }
}
