package com.salesculture.web.view;

import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.people.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.List;

/** Who is signed in, for the page header. */
@Named
@RequestScoped
public class SessionView {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private UserDirectory users;

    public String getDisplayName() {
        var principal = securityContext.getCallerPrincipal();
        return principal == null ? null : users.displayName(principal.getName());
    }

    public String getUsername() {
        var principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean isInRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    /** The caller's groups, for filters. */
    public List<String> getGroups() {
        return Arrays.stream(Role.values()).map(Role::groupName).filter(securityContext::isCallerInRole).toList();
    }
}
