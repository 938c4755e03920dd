package com.salesculture.domain.model.people;

import java.util.List;
import java.util.Optional;

/** Looks up the people who sign in. */
public interface UserDirectory {

    Optional<UserAccount> find(String username);

    /** The groups (roles) a user belongs to; empty for an unknown user. */
    List<String> groupsOf(String username);

    /** The name people know someone by; the username when there is no such account. */
    default String displayName(String username) {
        return find(username).map(UserAccount::displayName).orElse(username);
    }
}
