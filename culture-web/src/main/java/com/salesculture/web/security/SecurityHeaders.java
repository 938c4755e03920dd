package com.salesculture.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Browser protections on every response: no framing (approval pages cannot be overlaid), no
 * MIME sniffing, no referrer beyond our own origin (a survey link's token stays here). Pages get
 * their Content-Security-Policy from PrimeFaces' CSP mode (a nonce per response, see web.xml);
 * everything else, which is never meant to run as a page, gets one that allows nothing.
 * Cookies are {@code SameSite=Lax}, and {@code Secure} on https ({@code WEB-INF/undertow-handlers.conf}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String NOTHING_RUNS = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.equals("/openapi")) {
            response.setHeader("Content-Security-Policy", NOTHING_RUNS);
        }
        chain.doFilter(request, response);
    }
}
