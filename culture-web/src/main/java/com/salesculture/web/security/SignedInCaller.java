package com.salesculture.web.security;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/** Who signed in through the login form, kept in their HTTP session. */
record SignedInCaller(String name, Set<String> groups) implements Serializable {

    private static final String ATTRIBUTE = "culture.signed-in-caller";

    static SignedInCaller of(HttpSession session) {
        return session == null ? null : (SignedInCaller) session.getAttribute(ATTRIBUTE);
    }

    static void store(HttpSession session, CredentialValidationResult result) {
        session.setAttribute(ATTRIBUTE,
                new SignedInCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
    }
}
