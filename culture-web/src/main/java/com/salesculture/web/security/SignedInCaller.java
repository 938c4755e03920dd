package com.salesculture.web.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;

/**
 * Who signed in on this HTTP session, and when. Their roles are not kept here: they are read at
 * every request, so a change of roles or a disabled account counts at once.
 */
record SignedInCaller(String name, Instant signedInAt) implements Serializable {

    private static final String ATTRIBUTE = "culture.signed-in-caller";

    static SignedInCaller of(HttpSession session) {
        return session == null ? null : (SignedInCaller) session.getAttribute(ATTRIBUTE);
    }

    static void store(HttpSession session, String name, Instant now) {
        session.setAttribute(ATTRIBUTE, new SignedInCaller(name, now));
    }
}
