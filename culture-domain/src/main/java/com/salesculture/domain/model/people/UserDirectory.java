package com.salesculture.domain.model.people;

import java.util.Optional;

/** Looks up the people who sign in. */
public interface UserDirectory {

    Optional<UserAccount> find(String username);

    /** The name people know someone by; the username when there is no such account. */
    default String displayName(String username) {
        return find(username).map(UserAccount::displayName).orElse(username);
    }
}
