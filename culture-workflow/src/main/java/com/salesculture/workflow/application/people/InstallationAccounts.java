package com.salesculture.workflow.application.people;

import com.salesculture.domain.infrastructure.persistence.DatabaseMigration;
import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.people.PasswordLink;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.people.UserAccount;
import com.salesculture.domain.model.people.UserDirectory;
import com.salesculture.workflow.application.Actor;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * What a real installation needs of its accounts at every start: demo accounts disabled when demo
 * data is switched off, a warning while any account has the published demo password, and a first
 * administrator where there is none ({@code FIRST_ADMIN_EMAIL}: that address gets a set-password link,
 * which is also written once to the server log).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class InstallationAccounts {

    private static final Logger LOG = Logger.getLogger(InstallationAccounts.class.getName());
    static final Actor SYSTEM = new Actor(Decision.SYSTEM, Set.of());

    @EJB
    private DatabaseMigration migration;

    @Inject
    private UserDirectory users;

    @Inject
    private AccountChanges changes;

    @PostConstruct
    void atStart() {
        if (!migration.demoData()) {
            int disabled = disableDemoAccounts();
            if (disabled > 0) {
                LOG.warning(() -> "Demo data is switched off: " + disabled + " demo accounts disabled");
            }
        }
        firstAdministrator(System.getProperty("culture.first-admin-email", "")).ifPresent(link -> LOG.warning(
                "First administrator: set the password within 7 days at " + link + " (this link is shown once)"));
        List<String> demo = users.withDemoPassword();
        if (!demo.isEmpty()) {
            LOG.warning(() -> "These enabled accounts still have the published demo password: " + String.join(", ", demo)
                    + ". Fine for a trial on H2; set DEMO_DATA=false for real use.");
        }
    }

    /** Disables every enabled account that has the demo password, logged; how many. */
    public int disableDemoAccounts() {
        List<String> demo = users.withDemoPassword();
        for (String username : demo) {
            users.find(username).ifPresent(account -> changes.disable(SYSTEM, account, "demo data switched off"));
        }
        return demo.size();
    }

    /**
     * Opens the first administrator's account (username: the address's local part) when no enabled
     * administrator exists and an address is given; returns the set-password link it mailed.
     */
    public Optional<String> firstAdministrator(String email) {
        if (email == null || email.isBlank() || users.hasAdministrator()) {
            return Optional.empty();
        }
        String address = email.strip();
        Optional<UserAccount> existing = users.byEmail(address);
        UserAccount account;
        if (existing.isPresent()) {
            account = existing.get();
            changes.enable(SYSTEM, account, "first administrator");
            Set<Role> roles = java.util.EnumSet.of(Role.ADMIN);
            roles.addAll(account.roles());
            changes.assign(SYSTEM, account, roles, "first administrator");
        } else {
            String local = address.substring(0, Math.max(address.indexOf('@'), 0)).toLowerCase(Locale.ROOT);
            String username = local.isEmpty() ? "admin" : local;
            if (users.find(username).isPresent()) {
                username = username + "-admin"; // a name taken by another account must not stop the server's start
            }
            account = UserAccount.open(username, "Administrator", address, "en",
                    Set.of(Role.ADMIN));
            users.add(account);
            changes.record(SYSTEM, DecisionType.ACCOUNT_CREATED, account, "created", "first administrator");
            changes.record(SYSTEM, DecisionType.ROLE_GRANTED, account, Role.ADMIN.groupName(), "first administrator");
        }
        return Optional.of(changes.sendLink(SYSTEM, account, PasswordLink.Purpose.WELCOME));
    }
}
