package com.salesculture.domain.model.people;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The people who sign in: their accounts and the links that set their passwords. */
public interface UserDirectory {

    Optional<UserAccount> find(String username);

    Optional<UserAccount> byEmail(String email);

    /** Every account, by name. */
    List<UserAccount> all();

    /** Stores a new account; a username or address taken meanwhile is a conflict. */
    UserAccount add(UserAccount account);

    /** The enabled members of any of the groups, username → display name, by name. */
    Map<String, String> membersOf(Collection<String> groups);

    /** The groups (roles) of an enabled user; empty for an unknown or disabled one. */
    List<String> groupsOf(String username);

    /** Usernames of the disabled accounts (whose open tasks wait for someone else). */
    List<String> disabled();

    /** Whether an enabled administrator exists. */
    boolean hasAdministrator();

    /** Enabled accounts whose password is still the published demo password, by username. */
    List<String> withDemoPassword();

    /** Disables those accounts (demo data switched off on a database that has it); how many. */
    int disableDemoAccounts(Instant now);

    /** Replaces a stale password hash with a renewed one, unless it changed meanwhile. */
    void replaceHash(String username, String stale, String renewed);

    void add(PasswordLink link);

    /** The link with this token hash, locked for its use. */
    Optional<PasswordLink> link(String tokenHash);

    /** Withdraws the account's unused links (a newer one replaces them, or the account was disabled). */
    void withdrawLinks(String username, Instant now);

    /** The name people know someone by; the username when there is no such account. */
    default String displayName(String username) {
        return find(username).map(UserAccount::displayName).orElse(username);
    }
}
