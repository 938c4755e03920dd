package com.salesculture.workflow.application.people;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.notification.Outbox;
import com.salesculture.domain.model.notification.OutboxMail;
import com.salesculture.domain.model.people.PasswordLink;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.people.UserAccount;
import com.salesculture.domain.model.people.UserDirectory;
import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.Message;
import com.salesculture.domain.model.shared.SecretToken;
import com.salesculture.domain.model.shared.UtcTime;
import com.salesculture.workflow.application.Actor;
import com.salesculture.workflow.application.DecisionRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Account changes that several use cases make (admins, HR offboarding, a salesperson's account,
 * the first administrator, single sign-on), each written to the decision log as who did it to whom.
 * Runs in the caller's transaction. Security times (a disabling, a link's expiry) are the wall clock's, never the
 * engine's clock, which tests and simulations may move.
 */
@ApplicationScoped
public class AccountChanges {

    static final String SUBJECT = "account";

    @Inject
    private UserDirectory users;

    @Inject
    private DecisionRecorder decisions;

    @Inject
    private Outbox outbox;

    /** Stores a new account (username and address not yet taken) and mails its first set-password link. */
    public UserAccount open(Actor actor, UserAccount account) {
        if (users.find(account.username()).isPresent()) {
            throw new ConflictException("account.username.taken", account.username());
        }
        if (users.byEmail(account.email()).isPresent()) {
            throw new ConflictException("account.email.taken", account.email());
        }
        users.add(account);
        record(actor, DecisionType.ACCOUNT_CREATED, account, "created", roles(account.roles()));
        account.roles().forEach(role -> record(actor, DecisionType.ROLE_GRANTED, account, role.groupName(), null));
        sendLink(actor, account, PasswordLink.Purpose.WELCOME);
        return account;
    }

    public void assign(Actor actor, UserAccount account, Set<Role> roles, String why) {
        UserAccount.RoleChange change = account.assign(roles, actor.username());
        change.granted().forEach(role -> record(actor, DecisionType.ROLE_GRANTED, account, role.groupName(), why));
        change.revoked().forEach(role -> record(actor, DecisionType.ROLE_REVOKED, account, role.groupName(), why));
    }

    public void disable(Actor actor, UserAccount account, String reason) {
        if (!account.enabled()) {
            return;
        }
        account.disable(actor.username(), Instant.now());
        users.withdrawLinks(account.username(), Instant.now());
        record(actor, DecisionType.ACCOUNT_DISABLED, account, "disabled", reason);
    }

    public void enable(Actor actor, UserAccount account, String reason) {
        if (account.enabled()) {
            return;
        }
        account.enable();
        record(actor, DecisionType.ACCOUNT_ENABLED, account, "enabled", reason);
    }

    /** Mails a new single-use link (older ones stop working); returns the link, which is stored nowhere. */
    public String sendLink(Actor actor, UserAccount account, PasswordLink.Purpose purpose) {
        users.withdrawLinks(account.username(), Instant.now());
        PasswordLink.Issued issued = PasswordLink.issue(account.username(), purpose, Instant.now());
        users.add(issued.link());
        String url = System.getProperty("culture.public-url", "http://localhost:8080") + "/password.xhtml?token="
                + issued.token();
        String kind = purpose == PasswordLink.Purpose.WELCOME ? "welcome" : "reset";
        outbox.enqueue(OutboxMail.secret("password-link:" + SecretToken.hash(issued.token()),
                account.email(), Message.of("mail.password." + kind + ".subject").in(account.locale()),
                Message.of("mail.password." + kind + ".body", account.displayName(), account.username(), url,
                        UtcTime.minutes(issued.link().expiresAt())).in(account.locale()), Instant.now()));
        record(actor, DecisionType.PASSWORD_LINK_SENT, account, kind, null);
        return url;
    }

    public void record(Actor actor, DecisionType type, UserAccount account, String outcome, String reason) {
        decisions.record(Decision.of(type, SUBJECT, account.username()).outcome(outcome).reason(reason)
                .by(actor.username(), actor.groupList())); // also where nobody is signed in (the first admin)
    }

    static String roles(Set<Role> roles) {
        return roles.stream().map(Role::groupName).sorted().collect(Collectors.joining(", "));
    }
}
