package com.salesculture.web.security;

import com.salesculture.domain.infrastructure.persistence.CulturePersistence;
import com.salesculture.domain.model.people.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** Users, hashed passwords and groups live in the application's own tables (Flyway V2). */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = CulturePersistence.DATASOURCE,
        callerQuery = "select password_hash from app_user where username = ?",
        groupsQuery = "select group_name from app_user_group where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class)
@DeclareRoles({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE,
        Role.Names.AUDITOR, Role.Names.SALESPERSON, Role.Names.ADMIN})
@ApplicationScoped
public class IdentityStoreConfiguration {
}
