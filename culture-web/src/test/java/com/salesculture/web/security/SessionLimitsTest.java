package com.salesculture.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionLimitsTest {

    @Test
    void aSessionEndsItsLifetimeAfterSignInHoweverBusy() {
        SessionLimits limits = new SessionLimits(Duration.ofMinutes(30), Duration.ofHours(12));
        Instant signedIn = Instant.parse("2026-12-04T08:00:00Z");
        assertThat(limits.idleSeconds()).isEqualTo(1800);
        assertThat(limits.expired(signedIn, signedIn.plus(Duration.ofHours(11)))).isFalse();
        assertThat(limits.expired(signedIn, signedIn.plus(Duration.ofHours(12)))).isTrue();
    }

    @Test
    void theDefaultsAreHalfAnHourIdleAndTwelveHours() {
        SessionLimits limits = SessionLimits.fromSystemProperties();
        assertThat(limits.idle()).isEqualTo(Duration.ofMinutes(30));
        assertThat(limits.lifetime()).isEqualTo(Duration.ofHours(12));
    }
}
