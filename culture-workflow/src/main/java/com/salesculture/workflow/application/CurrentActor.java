package com.salesculture.workflow.application;

import com.salesculture.domain.model.people.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is calling, as the server authenticated them (never as the client claims). */
@Stateless
@PermitAll // everyone may ask who they are; without it WildFly denies methods that declare no permission
@DeclareRoles({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE,
        Role.Names.AUDITOR, Role.Names.SALESPERSON, Role.Names.ADMIN})
public class CurrentActor {

    @Resource
    private SessionContext sessionContext;

    public Actor get() {
        Set<String> groups = Arrays.stream(Role.values())
                .map(Role::groupName)
                .filter(sessionContext::isCallerInRole)
                .collect(Collectors.toSet());
        return new Actor(sessionContext.getCallerPrincipal().getName(), groups);
    }
}
