package com.salesculture.domain.model.people;

import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.NotAllowedException;
import com.salesculture.domain.model.shared.StaleVersionException;
import com.salesculture.domain.model.shared.UniqueEmails;
import com.salesculture.domain.model.shared.Validation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person who signs in: name, address, language, roles, and whether they may sign in at all.
 * Nobody chooses another's password: an account gets one through a single-use link
 * ({@link PasswordLink}), or from the company's identity provider. Sessions and credentials that
 * were checked before {@link #sessionsValidFrom()} (a disabling, a new password) no longer count.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

    private static final String USERNAME = "[a-z0-9][a-z0-9._@-]{1,99}";

    @Id
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String language;

    @Column(name = "password_hash")
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_group", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "group_name")
    private Set<String> groups = new HashSet<>();

    @Column(nullable = false)
    private boolean enabled;

    /** The password is still the published demo password. */
    @Column(name = "demo_password", nullable = false)
    private boolean demoPassword;

    @Column(name = "sessions_valid_from")
    private Instant sessionsValidFrom;

    /** Also makes a change of roles (a separate table) a new revision of the account. */
    @Column(name = "roles_changed_at")
    private Instant rolesChangedAt;

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    /**
     * A new, enabled account without a password (it is set through a link).
     *
     * @throws InvalidInputException naming {@code username}, {@code name}, {@code email}, {@code language}
     */
    public static UserAccount open(String username, String name, String email, String language, Set<Role> roles) {
        String user = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
        String displayName = Validation.stripped(name);
        String address = Validation.stripped(email);
        String lang = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
        new Validation()
                .require(user != null && user.matches(USERNAME), "username", "account.username")
                .require(displayName != null && displayName.length() <= 200, "name", "account.name")
                .require(UniqueEmails.wellFormed(address), "email", "account.email")
                .require(lang.matches("en|de"), "language", "account.language")
                .throwIfInvalid();
        UserAccount account = new UserAccount();
        account.username = user;
        account.displayName = displayName;
        account.email = address;
        account.language = lang;
        account.enabled = true;
        account.groups.addAll(names(roles));
        return account;
    }

    /**
     * Gives the account exactly these roles, as {@code actor} decided; what changed is returned.
     *
     * @throws NotAllowedException when actors change their own roles (nobody grants themselves more, and
     *                             an admin cannot lock the last admin out by mistake)
     */
    public RoleChange assign(Set<Role> roles, String actor) {
        if (username.equals(actor)) {
            throw new NotAllowedException("account.roles.self");
        }
        Set<Role> before = roles();
        Set<Role> granted = EnumSet.noneOf(Role.class);
        granted.addAll(roles);
        granted.removeAll(before);
        Set<Role> revoked = EnumSet.noneOf(Role.class);
        revoked.addAll(before);
        revoked.removeAll(roles);
        if (!granted.isEmpty() || !revoked.isEmpty()) {
            groups.clear();
            groups.addAll(names(roles));
            rolesChangedAt = Instant.now();
        }
        return new RoleChange(granted, revoked);
    }

    /** What a change of roles granted and revoked. */
    public record RoleChange(Set<Role> granted, Set<Role> revoked) {
        public boolean none() {
            return granted.isEmpty() && revoked.isEmpty();
        }
    }

    /** Refused at once, sessions and cached credentials included. Not by the person themselves. */
    public void disable(String actor, Instant now) {
        if (username.equals(actor)) {
            throw new NotAllowedException("account.disable.self");
        }
        enabled = false;
        sessionsValidFrom = now;
    }

    public void enable() {
        enabled = true;
    }

    /** A new password (checked against the {@link PasswordPolicy}); sessions from before it end. */
    public void changePassword(String password, Instant now) {
        PasswordPolicy.check(username, password);
        passwordHash = PasswordHash.of(password);
        demoPassword = false;
        sessionsValidFrom = now;
    }

    /** Whether the password is this account's; false when it has none yet or is disabled. */
    public boolean signsInWith(String password) {
        return enabled && PasswordHash.matches(passwordHash, password);
    }

    /**
     * After a successful sign-in: a hash made with older parameters, made again with today's (stored by
     * {@link UserDirectory#replaceHash}, so that two sign-ins at once do not collide on the version).
     */
    public Optional<String> renewedHash(String password) {
        return passwordHash == null || PasswordHash.current(passwordHash) ? Optional.empty()
                : Optional.of(PasswordHash.of(password));
    }

    /** The hash a renewal replaces (only while it is still the stored one). */
    public String passwordHashForRenewal() {
        return passwordHash;
    }

    /** Name, address and language as the company's identity provider knows them. */
    public void describedAs(String name, String address, String lang) {
        if (name != null && !name.isBlank()) {
            displayName = name.strip();
        }
        if (UniqueEmails.wellFormed(address)) {
            email = address.strip();
        }
        if (lang != null && lang.matches("en|de")) {
            language = lang;
        }
    }

    /** Compares what an editor read with the stored revision. */
    public void requireSeen(Long seenRevision) {
        StaleVersionException.requireSeen(version, seenRevision, null);
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    /** The language of their mails. */
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public String language() {
        return language;
    }

    public String email() {
        return email;
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.forEach(group -> Role.ofGroup(group).ifPresent(roles::add));
        return roles;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public boolean demoPassword() {
        return demoPassword;
    }

    public Instant sessionsValidFrom() {
        return sessionsValidFrom;
    }

    public long revision() {
        return version;
    }

    private static Set<String> names(Collection<Role> roles) {
        return roles.stream().map(Role::groupName).collect(Collectors.toSet());
    }

    /** Roles from their group names; an unknown name is an error on {@code roles}. */
    public static Set<Role> rolesOf(Collection<String> groupNames) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : groupNames) {
            roles.add(Role.ofGroup(name == null ? "" : name.strip()).orElseThrow(() ->
                    new InvalidInputException("roles", "account.role.unknown", name,
                            Arrays.stream(Role.values()).map(Role::groupName).collect(Collectors.joining(", ")))));
        }
        return roles;
    }
}
