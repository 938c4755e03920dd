package com.salesculture.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A test's own web module (the fixtures, a benchmark's ceiling) lets every request through. Jakarta Security installs an authentication
 * mechanism in every web module of the EAR once the application has one, and the application's is not
 * visible from this module: without one of its own, every request here would fail.
 */
@ApplicationScoped
public class FixtureAccess implements HttpAuthenticationMechanism {

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        return context.doNothing();
    }
}
