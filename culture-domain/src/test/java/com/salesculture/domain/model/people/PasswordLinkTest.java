package com.salesculture.domain.model.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.SecretToken;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PasswordLinkTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void aLinkWorksOnceUntilItExpires() {
        PasswordLink.Issued issued = PasswordLink.issue("nora", PasswordLink.Purpose.RESET, NOW);
        assertThat(SecretToken.wellFormed(issued.token())).isTrue();
        assertThat(issued.link().expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
        issued.link().use(NOW.plusSeconds(60));
        assertThatThrownBy(() -> issued.link().use(NOW.plusSeconds(61))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors().get(0).message().key()).isEqualTo("password.link.used"));

        PasswordLink late = PasswordLink.issue("nora", PasswordLink.Purpose.WELCOME, NOW).link();
        assertThatThrownBy(() -> late.use(NOW.plus(Duration.ofDays(7)))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("token"));
        PasswordLink replaced = PasswordLink.issue("nora", PasswordLink.Purpose.WELCOME, NOW).link();
        replaced.withdraw(NOW);
        assertThatThrownBy(() -> replaced.use(NOW)).isInstanceOf(InvalidInputException.class);
    }
}
