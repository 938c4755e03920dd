package com.salesculture.domain.model.people;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesculture.domain.model.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongUncommonPasswordWithoutTheUsernamePasses() {
        assertThatCode(() -> PasswordPolicy.check("nora", "Seven green bicycles at dawn")).doesNotThrowAnyException();
    }

    @Test
    void eachRuleIsAnErrorOnThePasswordField() {
        refused("nora", "short1!", "password.tooShort");
        refused("nora", "x".repeat(201), "password.tooLong");
        refused("nora", "Password1234", "password.common");
        refused("nora", "qazwsxedcrfv", "password.common");
        refused("nora", "nora-is-my-name-2026", "password.username");
        refused("nora", null, "password.tooShort");
    }

    private static void refused(String username, String password, String key) {
        assertThatThrownBy(() -> PasswordPolicy.check(username, password)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.errors()).anySatisfy(error -> {
                    org.assertj.core.api.Assertions.assertThat(error.field()).isEqualTo("password");
                    org.assertj.core.api.Assertions.assertThat(error.message().key()).isEqualTo(key);
                }));
    }
}
