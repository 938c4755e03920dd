package com.salesculture.web;

import com.salesculture.domain.infrastructure.persistence.LockConflicts;
import com.salesculture.domain.infrastructure.persistence.UniqueRules;
import com.salesculture.domain.model.shared.ExpiredException;
import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.Message;
import com.salesculture.domain.model.shared.NotAllowedException;
import com.salesculture.domain.model.shared.NotFoundException;
import com.salesculture.domain.model.shared.RefusedException;
import com.salesculture.domain.model.shared.StaleVersionException;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Optional;

/**
 * What a failed call tells the person who made it, the same on a page and in the API: the HTTP status
 * that names the kind of refusal, and the messages, each with the field it is about (null: the request
 * as a whole). A failure that is no refusal (a defect, an outage) has none: it is logged and apologised for.
 */
public record Refusal(int status, List<FieldError> errors) {

    public static final int INVALID = 400;
    public static final int FORBIDDEN = 403;
    public static final int NOT_FOUND = 404;
    public static final int CONFLICT = 409;
    public static final int GONE = 410;
    public static final int STALE = 412;

    /** The message of a refusal by role alone (the container's, before any rule of the use case). */
    public static final String BY_ROLE = "api.role";

    /** The refusal a failure stands for, found among its causes (containers and EL wrap them). */
    public static Optional<Refusal> of(Throwable failure) {
        // a race lost at a unique constraint is the conflict of the rule it broke, not a server error
        Optional<Refusal> unique = UniqueRules.conflictOf(failure).map(conflict -> one(CONFLICT, conflict.text()));
        if (unique.isPresent()) {
            return unique;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return Optional.of(new Refusal(INVALID, invalid.errors()));
            }
            if (cause instanceof RefusedException refused) {
                return Optional.of(one(statusOf(refused), refused.text()));
            }
            if (cause instanceof EJBAccessException) {
                return Optional.of(one(FORBIDDEN, Message.of(BY_ROLE)));
            }
            if (cause instanceof OptimisticLockException) {
                return Optional.of(one(CONFLICT, Message.of("api.changedMeanwhile")));
            }
        }
        // another transaction held a lock past the database's lock timeout: nothing was kept, try again
        if (LockConflicts.among(failure)) {
            return Optional.of(one(CONFLICT, Message.of("api.busy")));
        }
        return Optional.empty();
    }

    public static Refusal one(int status, Message message) {
        return new Refusal(status, List.of(new FieldError(null, message)));
    }

    private static int statusOf(RefusedException refused) {
        return refused instanceof NotFoundException ? NOT_FOUND
                : refused instanceof StaleVersionException ? STALE
                : refused instanceof NotAllowedException ? FORBIDDEN
                : refused instanceof ExpiredException ? GONE : CONFLICT;
    }
}
