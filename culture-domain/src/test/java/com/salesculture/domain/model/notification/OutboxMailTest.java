package com.salesculture.domain.model.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesculture.domain.model.shared.ConflictException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    @DisplayName("A mail the server does not take waits 5 s, then twice as long each time up to 10 min, and fails at the last attempt")
    void pausesGrowUntilTheAttemptsRunOut() {
        OutboxMail mail = new OutboxMail("k", "a@culture.example", "Subject", "Body", NOW);
        long[] pauses = new long[12];
        for (int i = 0; i < pauses.length; i++) {
            mail.failed("Connection refused", NOW, 12);
            pauses[i] = Duration.between(NOW, mail.nextAttemptAt()).toSeconds();
            assertThat(mail.isFailed()).as("after attempt %d", i + 1).isEqualTo(i == pauses.length - 1);
        }
        assertThat(pauses).containsExactly(5, 10, 20, 40, 80, 160, 320, 600, 600, 600, 600, 600);
        assertThat(mail.attempts()).isEqualTo(12);
        assertThat(mail.lastError()).isEqualTo("Connection refused");
    }

    @Test
    @DisplayName("An admin's retry gives a failed mail a new round of attempts from now; a mail not failed cannot be retried")
    void retryOnlyAFailedMail() {
        OutboxMail mail = new OutboxMail("k", "a@culture.example", "Subject", "Body", NOW);
        assertThatThrownBy(() -> mail.retry(NOW)).isInstanceOf(ConflictException.class);
        mail.failed(null, NOW, 1);
        assertThat(mail.isFailed()).isTrue();
        assertThat(mail.lastError()).isEqualTo("unknown error");

        Instant later = NOW.plusSeconds(3600);
        mail.retry(later);
        assertThat(mail.isFailed()).isFalse();
        assertThat(mail.attempts()).isZero();
        assertThat(mail.nextAttemptAt()).isEqualTo(later);
        mail.sent(later);
        assertThatThrownBy(() -> mail.retry(later)).as("sent").isInstanceOf(ConflictException.class);
    }
}
