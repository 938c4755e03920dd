package com.salesculture.workflow.application.people;

import com.salesculture.domain.model.people.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts and roles. Admins open accounts, change roles, disable and enable them, and send
 * set-password links (nobody chooses another's password); every change is in the decision log.
 * Anyone may set a password with a valid link; a signed-in person changes their own.
 * The server's sign-in asks {@link #verify} and, on every request, {@link #state}.
 */
public interface AccountService {

    List<AccountView> accounts();

    AccountView account(String username);

    /** A new account, mailed a link to set its password (in its language); roles by their group names. */
    AccountView open(String username, String name, String email, String language, Collection<String> roles);

    /** Gives the account exactly these roles; never one's own. */
    AccountView assignRoles(String username, Long seenRevision, Set<Role> roles);

    /** Refused at once, on pages and the API; its open tasks wait for reassignment. Not one's own. */
    AccountView disable(String username, String reason);

    AccountView enable(String username, String reason);

    /** Mails a new single-use link to set the password (older links stop working). */
    void sendPasswordLink(String username);

    /** Sets the password of the link's account and spends the link; errors name {@code token} or {@code password}. */
    void setPassword(String token, String password);

    /** The signed-in person's new password, given their current one. */
    void changeOwnPassword(String currentPassword, String newPassword);

    /** The account's state when the password is right and the account enabled (a stale hash is renewed). */
    Optional<SignInState> verify(String username, String password);

    /** The account's state now; empty when it is unknown or disabled. */
    Optional<SignInState> state(String username);

    /**
     * Someone the company's identity provider vouched for: their account is made on first sign-on and
     * described as the provider knows them; their roles follow the provider's at each sign-on (logged).
     */
    Optional<SignInState> signedOn(String username, String name, String email, String language, Set<Role> roles);

    /** Usernames of enabled accounts that still have the published demo password. */
    List<String> withDemoPassword();
}
