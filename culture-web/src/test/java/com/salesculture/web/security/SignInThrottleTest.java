package com.salesculture.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesculture.domain.infrastructure.persistence.SignInFailures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private Instant now = Instant.parse("2026-12-04T10:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }, SignInFailures.inMemory());

    @Test
    @DisplayName("An account: four failures free, then 1, 2, 4, 8, 16 s to wait, locked for 15 minutes at the tenth, correct password or not")
    void accountDelaysThenLock() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.wait("Lena", "10.0.0.1")).isEmpty();
            throttle.failed("lena", "10.0.0.1");
        }
        assertThat(throttle.wait("lena", "10.0.0.1")).isEmpty();
        long[] delays = {1, 2, 4, 8, 16};
        for (long delay : delays) {
            throttle.failed("lena", "10.0.0.2");
            assertThat(throttle.wait("LENA", "10.0.0.3")).as("by account, any address, any case").hasValue(Duration.ofSeconds(delay));
            now = now.plusSeconds(delay);
            assertThat(throttle.wait("lena", "10.0.0.3")).isEmpty();
        }
        throttle.failed("lena", "10.0.0.2");
        assertThat(throttle.wait("lena", "10.0.0.9")).hasValue(Duration.ofMinutes(15));
        now = now.plus(Duration.ofMinutes(14));
        assertThat(throttle.wait("lena", "10.0.0.9")).hasValue(Duration.ofMinutes(1));
        assertThat(throttle.wait("leo", "10.0.0.9")).as("another account from another address").isEmpty();
        now = now.plus(Duration.ofMinutes(1));
        assertThat(throttle.wait("lena", "10.0.0.9")).isEmpty();
    }

    @Test
    @DisplayName("A success clears the account's count")
    void successClears() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("leo", "10.0.0.1");
        }
        now = now.plusSeconds(60);
        throttle.succeeded("leo");
        throttle.failed("leo", "10.0.0.1");
        assertThat(throttle.wait("leo", "10.0.0.1")).isEmpty();
    }

    @Test
    @DisplayName("An address that fails 30 times, over any accounts, is locked for 15 minutes")
    void addressLock() {
        for (int i = 0; i < 29; i++) {
            throttle.failed("user" + i, "10.0.0.7");
        }
        assertThat(throttle.wait("someone", "10.0.0.7")).isEmpty();
        throttle.failed("user29", "10.0.0.7");
        assertThat(throttle.wait("someone", "10.0.0.7")).hasValue(Duration.ofMinutes(15));
        assertThat(throttle.wait("someone", "10.0.0.8")).isEmpty();
    }
}
