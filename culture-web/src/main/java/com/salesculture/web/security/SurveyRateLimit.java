package com.salesculture.web.security;

import com.salesculture.domain.infrastructure.persistence.RequestWindows;
import com.salesculture.web.cluster.ClusterMembership;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Limits survey submissions per client address (the public pages need no account, so guessing or
 * flooding must be slowed): at most {@code culture.survey.rate-limit} POSTs a minute (default 60),
 * then 429 until the minute is over. A node counts in memory (a minute from an address's first
 * submission); a node of a cluster (it knows its members) counts each clock minute in the database
 * too, so that the limit holds per address across the cluster.
 * Behind the cluster's proxy the address is the client's, from the header the proxy sets.
 */
@WebFilter(urlPatterns = {"/survey.xhtml", "/api/surveys/*"})
public class SurveyRateLimit extends HttpFilter {

    private static final long WINDOW_MILLIS = 60_000;
    private static final Logger LOG = Logger.getLogger(SurveyRateLimit.class.getName());

    private final int limit = Integer.getInteger("culture.survey.rate-limit", 60);
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Inject
    private RequestWindows clusterWindows;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && !admitted(request.getRemoteAddr())) {
            response.setStatus(429);
            response.setHeader("Retry-After", "60");
            response.setCharacterEncoding("UTF-8");
            if (request.getRequestURI().contains("/api/")) {
                response.setContentType("application/json");
                response.getWriter().write("{\"errors\":[{\"field\":null,\"message\":\"Too many submissions from your"
                        + " address. Please try again in a minute.\"}]}");
            } else {
                response.setContentType("text/plain");
                response.getWriter().write("Too many submissions from your address. Please try again in a minute.");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean admitted(String address) {
        long now = System.currentTimeMillis();
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> now - w.start > WINDOW_MILLIS); // forget old addresses
        }
        Window window = windows.compute(address, (key, current) ->
                current == null || now - current.start > WINDOW_MILLIS ? new Window(now) : current);
        // a flood this node alone sees is refused before it reaches the database
        return window.count.incrementAndGet() <= limit && (!ClusterMembership.clustered() || clusterAdmits(address, now));
    }

    /** The cluster's count, per clock minute; should the database fail, the submission itself will tell. */
    private boolean clusterAdmits(String address, long now) {
        try {
            return clusterWindows.add("survey " + address, now / WINDOW_MILLIS) <= limit;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Survey submission from " + address + " admitted uncounted", e);
            return true;
        }
    }

    /** One address's submissions in the current minute. */
    private static final class Window {
        final long start;
        final AtomicInteger count = new AtomicInteger();

        Window(long start) {
            this.start = start;
        }
    }
}
