package com.salesculture.web.security;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a signed-in page session lasts: it ends after {@code culture.session.idle-minutes} without
 * a request (default 30; the servlet container ends it) and, however busy, {@code culture.session.max-hours}
 * after sign-in (default 12; checked at each request).
 */
record SessionLimits(Duration idle, Duration lifetime) {

    static SessionLimits fromSystemProperties() {
        return new SessionLimits(Duration.ofMinutes(Long.getLong("culture.session.idle-minutes", 30)),
                Duration.ofHours(Long.getLong("culture.session.max-hours", 12)));
    }

    int idleSeconds() {
        return (int) idle.toSeconds();
    }

    boolean expired(Instant signedInAt, Instant now) {
        return !signedInAt.plus(lifetime).isAfter(now);
    }
}
