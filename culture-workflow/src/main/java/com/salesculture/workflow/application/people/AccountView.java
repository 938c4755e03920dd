package com.salesculture.workflow.application.people;

import java.io.Serializable;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.people.UserAccount;
import java.util.List;

/**
 * An account as the admin page and {@code /api/users} show it: never its password or hash.
 *
 * @param hasPassword  false while the set-password link has not been used
 * @param demoPassword the published demo password still works for it
 */
public record AccountView(String username, String name, String email, String language, List<String> roles,
                          boolean enabled, boolean hasPassword, boolean demoPassword, long revision) implements Serializable {

    static AccountView of(UserAccount account) {
        return new AccountView(account.username(), account.displayName(), account.email(), account.language(),
                account.roles().stream().map(Role::groupName).sorted().toList(), account.enabled(),
                account.hasPassword(), account.demoPassword(), account.revision());
    }
}
