package com.salesculture.web.security;

import com.salesculture.domain.model.people.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles of the application. Callers are checked by {@link CultureAuthenticationMechanism}
 * against the accounts ({@code AccountService}) or the company's identity provider, not by an
 * identity store of the container.
 */
@DeclareRoles({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE,
        Role.Names.AUDITOR, Role.Names.SALESPERSON, Role.Names.ADMIN})
@ApplicationScoped
public class IdentityStoreConfiguration {
}
