package com.salesculture.web.security.oidc;

import com.salesculture.domain.model.people.Role;
import java.time.Instant;
import java.util.Set;

/**
 * Who the provider vouched for, in our terms: {@code username} lower-cased and stripped like our own
 * account names, {@code roles} mapped from the provider's groups ({@link OidcSettings#roleMap()}),
 * {@code language} "de" or "en", {@code email} possibly null, {@code expiresAt} the token's expiry.
 */
public record Identity(String subject, String username, String name, String email, String language,
                       Set<Role> roles, Instant expiresAt) {

    public Identity {
        roles = Set.copyOf(roles);
    }
}
