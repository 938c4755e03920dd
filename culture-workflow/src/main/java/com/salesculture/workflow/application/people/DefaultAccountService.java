package com.salesculture.workflow.application.people;

import com.salesculture.domain.infrastructure.persistence.PendingChanges;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.people.PasswordHash;
import com.salesculture.domain.model.people.PasswordLink;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.people.UserAccount;
import com.salesculture.domain.model.people.UserDirectory;
import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.NotAllowedException;
import com.salesculture.domain.model.shared.NotFoundException;
import com.salesculture.domain.model.shared.SecretToken;
import com.salesculture.domain.model.shared.Validation;
import com.salesculture.workflow.application.Actor;
import com.salesculture.workflow.application.CurrentActor;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@Stateless
@Local(AccountService.class)
@RolesAllowed(Role.Names.ADMIN)
public class DefaultAccountService implements AccountService {

    /** The actor of changes the company's identity provider brings in. */
    static final Actor IDENTITY_PROVIDER = new Actor("identity-provider", Set.of());

    /** A hash no password matches, checked for unknown names so that they cost as much as known ones. */
    private static final String UNKNOWN = PasswordHash.of(SecretToken.next());

    @Inject
    private UserDirectory users;

    @Inject
    private AccountChanges changes;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private PendingChanges pendingChanges;

    @Override
    public List<AccountView> accounts() {
        return users.all().stream().map(AccountView::of).toList();
    }

    @Override
    public AccountView account(String username) {
        return AccountView.of(require(username));
    }

    @Override
    public AccountView open(String username, String name, String email, String language, Collection<String> roles) {
        List<FieldError> errors = new ArrayList<>();
        Set<Role> granted = Set.of();
        try {
            granted = UserAccount.rolesOf(roles);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (roles.isEmpty()) {
            errors.add(FieldError.of("roles", "account.roles.none"));
        }
        UserAccount account = null;
        try {
            account = UserAccount.open(username, name, email, language, granted);
        } catch (InvalidInputException e) {
            errors.addAll(0, e.errors()); // every field's errors at once, in the form's order
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return AccountView.of(changes.open(currentActor.get(), account));
    }

    @Override
    public AccountView assignRoles(String username, Long seenRevision, Set<Role> roles) {
        UserAccount account = require(username);
        account.requireSeen(seenRevision);
        changes.assign(currentActor.get(), account, roles, null);
        return written(account);
    }

    @Override
    public AccountView disable(String username, String reason) {
        UserAccount account = require(username);
        changes.disable(currentActor.get(), account, Validation.stripped(reason));
        return written(account);
    }

    @Override
    public AccountView enable(String username, String reason) {
        UserAccount account = require(username);
        changes.enable(currentActor.get(), account, Validation.stripped(reason));
        return written(account);
    }

    @Override
    public void sendPasswordLink(String username) {
        UserAccount account = require(username);
        if (!account.enabled()) {
            throw new NotAllowedException("account.link.disabled", username);
        }
        changes.sendLink(currentActor.get(), account, account.hasPassword() ? PasswordLink.Purpose.RESET
                : PasswordLink.Purpose.WELCOME);
    }

    @Override
    @PermitAll
    public void setPassword(String token, String password) {
        PasswordLink link = Optional.ofNullable(token).map(String::strip).filter(SecretToken::wellFormed)
                .flatMap(t -> users.link(SecretToken.hash(t)))
                .orElseThrow(() -> new InvalidInputException("token", "password.link.unknown"));
        UserAccount account = users.find(link.username()).filter(UserAccount::enabled)
                .orElseThrow(() -> new InvalidInputException("token", "password.link.unknown"));
        link.use(Instant.now());
        account.changePassword(password, Instant.now());
        Actor self = new Actor(account.username(), groups(account));
        changes.record(self, DecisionType.PASSWORD_SET, account, "set through a " + link.purpose().name()
                .toLowerCase(Locale.ROOT) + " link", null);
    }

    @Override
    @PermitAll
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Actor actor = currentActor.get();
        UserAccount account = users.find(actor.username()).orElseThrow(() -> new NotAllowedException("account.own.none"));
        if (!account.signsInWith(currentPassword)) {
            throw new InvalidInputException("currentPassword", "password.current.wrong");
        }
        new Validation().require(!currentPassword.equals(newPassword), "password", "password.same").throwIfInvalid();
        account.changePassword(newPassword, Instant.now());
        changes.record(actor, DecisionType.PASSWORD_SET, account, "changed", null);
    }

    @Override
    @PermitAll
    public Optional<SignInState> verify(String username, String password) {
        Optional<UserAccount> found = users.find(username == null ? null : username.strip().toLowerCase(Locale.ROOT));
        if (found.isEmpty()) {
            PasswordHash.matches(UNKNOWN, password); // as slow as a wrong password: the time tells no names
            return Optional.empty();
        }
        UserAccount account = found.get();
        if (!account.signsInWith(password)) {
            return Optional.empty();
        }
        account.renewedHash(password).ifPresent(renewed ->
                users.replaceHash(account.username(), account.passwordHashForRenewal(), renewed));
        return Optional.of(stateOf(account));
    }

    @Override
    @PermitAll
    public Optional<SignInState> state(String username) {
        return users.find(username).filter(UserAccount::enabled).map(DefaultAccountService::stateOf);
    }

    @Override
    @PermitAll
    public Optional<SignInState> signedOn(String username, String name, String email, String language,
                                          Set<Role> roles) {
        Optional<UserAccount> found = users.find(username);
        UserAccount account;
        if (found.isEmpty()) {
            account = users.add(UserAccount.open(username, name, email == null ? username + "@invalid.example" : email,
                    language, Set.of()));
            changes.record(IDENTITY_PROVIDER, DecisionType.ACCOUNT_CREATED, account, "created at first sign-on", null);
        } else {
            account = found.get();
            account.describedAs(name, email, language);
        }
        if (!account.enabled()) {
            return Optional.empty();
        }
        changes.assign(IDENTITY_PROVIDER, account, roles, "single sign-on");
        return Optional.of(stateOf(account));
    }

    @Override
    @PermitAll
    public List<String> withDemoPassword() {
        return users.withDemoPassword();
    }

    /** The account as stored, with its new revision. */
    private AccountView written(UserAccount account) {
        pendingChanges.write();
        return AccountView.of(account);
    }

    private UserAccount require(String username) {
        return users.find(username).orElseThrow(() -> new NotFoundException("account.notFound", username));
    }

    private static Set<String> groups(UserAccount account) {
        return account.roles().stream().map(Role::groupName).collect(Collectors.toSet());
    }

    private static SignInState stateOf(UserAccount account) {
        return new SignInState(account.username(), groups(account), account.sessionsValidFrom());
    }
}
