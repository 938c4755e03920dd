package com.salesculture.domain.model.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.NotAllowedException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final String GOOD = "Seven green bicycles at dawn";

    @Test
    void aNewAccountHasNoPasswordUntilItsLinkIsUsed() {
        UserAccount account = UserAccount.open(" Nora ", "Nora Lind", "nora@example.com", "de", Set.of(Role.HR));
        assertThat(account.username()).isEqualTo("nora");
        assertThat(account.hasPassword()).isFalse();
        assertThat(account.signsInWith("")).isFalse();
        account.changePassword(GOOD, Instant.now());
        assertThat(account.signsInWith(GOOD)).isTrue();
        assertThat(account.signsInWith(GOOD + " ")).isFalse();
        assertThat(account.renewedHash(GOOD)).as("made with today's parameters").isEmpty();
    }

    @Test
    void detailsAreCheckedFieldByField() {
        assertThatThrownBy(() -> UserAccount.open("x", "", "not-mail", "fr", Set.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field()).containsExactly("username", "name", "email", "language"));
        assertThatThrownBy(() -> UserAccount.rolesOf(java.util.List.of("hr", "boss")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("roles"));
    }

    @Test
    void rolesChangeByOthersOnlyAndSayWhatChanged() {
        UserAccount account = UserAccount.open("adam", "Adam", "adam@example.com", "en", Set.of(Role.ADMIN));
        assertThatThrownBy(() -> account.assign(Set.of(Role.ADMIN, Role.HR), "adam")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> account.disable("adam", Instant.now())).isInstanceOf(NotAllowedException.class);
        UserAccount.RoleChange change = account.assign(Set.of(Role.HR, Role.FINANCE), "eve");
        assertThat(change.granted()).containsExactlyInAnyOrder(Role.HR, Role.FINANCE);
        assertThat(change.revoked()).containsExactly(Role.ADMIN);
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.HR, Role.FINANCE);
        assertThat(account.assign(Set.of(Role.HR, Role.FINANCE), "eve").none()).isTrue();
    }

    @Test
    void disablingRefusesTheRightPasswordAndEndsOlderSessions() {
        UserAccount account = UserAccount.open("sven", "Sven", "sven@example.com", "en", Set.of(Role.SALESPERSON));
        account.changePassword(GOOD, Instant.parse("2026-01-01T00:00:00Z"));
        account.disable("adam", Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(account.signsInWith(GOOD)).isFalse();
        assertThat(account.sessionsValidFrom()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        account.enable();
        assertThat(account.signsInWith(GOOD)).isTrue();
    }

    @Test
    void aHashWithOlderParametersIsRenewedAndStillMatches() {
        String demo = "PBKDF2WithHmacSHA256:10000:KBawu+yEBeKTqpzoWt8/jeTDPoXv3t5q9Xoc48y6H5A=:"
                + "sk5mZXDZyJIWI8ZhtdI9yqPf+udXy400Bp55zuB9fmM=";
        assertThat(PasswordHash.matches(demo, "demo")).isTrue();
        assertThat(PasswordHash.current(demo)).isFalse();
        String renewed = PasswordHash.of("demo");
        assertThat(renewed).startsWith("PBKDF2WithHmacSHA256:600000:");
        assertThat(PasswordHash.matches(renewed, "demo")).isTrue();
        assertThat(PasswordHash.matches("garbage", "demo")).isFalse();
    }
}
