package com.salesculture.domain.model.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Looks up the people who sign in. */
public interface UserDirectory {

    Optional<UserAccount> find(String username);

    /** The members of any of the groups, username → display name, by name. */
    Map<String, String> membersOf(Collection<String> groups);

    /** The groups (roles) a user belongs to; empty for an unknown user. */
    List<String> groupsOf(String username);

    /** The name people know someone by; the username when there is no such account. */
    default String displayName(String username) {
        return find(username).map(UserAccount::displayName).orElse(username);
    }
}
