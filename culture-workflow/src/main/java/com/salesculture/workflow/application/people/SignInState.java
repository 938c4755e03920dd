package com.salesculture.workflow.application.people;

import java.time.Instant;
import java.util.Set;

/**
 * What the server checks on every request of a signed-in person: their roles as they are now, and
 * whether sessions or credentials checked before {@code validFrom} still count (a disabling or a new
 * password ends them).
 */
public record SignInState(String username, Set<String> groups, Instant validFrom) {

    public SignInState {
        groups = Set.copyOf(groups);
    }

    /** Whether something checked at {@code checkedAt} (a sign-in, a cached credential) still holds. */
    public boolean stillValid(Instant checkedAt) {
        return validFrom == null || checkedAt.isAfter(validFrom);
    }
}
