package com.salesculture.domain.model.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SalesForceRulesTest {

    private final SalesTeam north = SalesTeam.form("North", "lena");
    private final SalesForceRules rules = new SalesForceRules(Map.of("north", north), Set.of("lena", "leo"),
            Set.of("sara@culture.example"));

    @Test
    @DisplayName("A valid row: the team by name regardless of case, manager defaults to the team's leader, status to active")
    void defaults() {
        Salesperson person = rules.check(List.of(new SalespersonInput(2, " Ada Lovelace ", "Ada@Example.com", "NORTH",
                "", null))).get(0);

        assertThat(person.name()).isEqualTo("Ada Lovelace");
        assertThat(person.team()).isSameAs(north);
        assertThat(person.manager()).isEqualTo("lena");
        assertThat(person.status()).isEqualTo(SalespersonStatus.ACTIVE);
        assertThat(rules.check(List.of(new SalespersonInput(2, "Bo", "bo@example.com", "north", "leo", "Active")))
                .get(0).status()).isEqualTo(SalespersonStatus.ACTIVE);
    }

    @Test
    @DisplayName("Status follows the processes: a new salesperson is active, a change keeps the status, an exit or recovery is never typed in")
    void statusIsNotTypedIn() {
        for (String typed : List.of("exited", "in recovery", "IN_RECOVERY")) {
            assertThatThrownBy(() -> rules.check(List.of(new SalespersonInput(2, "Bo", "bo@example.com", "North", null, typed))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("rows[2].status"));
        }
        Salesperson sara = rules.check(List.of(SalespersonInput.single("Sara", "sara2@example.com", "North", null, null))).get(0);
        assertThatThrownBy(() -> rules.checkChange(sara, SalespersonInput.single("Sara", "sara2@example.com", "North", null, "exited")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("status"));
        assertThat(sara.status()).isEqualTo(SalespersonStatus.ACTIVE);

        sara.enterRecovery();
        rules.checkChange(sara, SalespersonInput.single("Sara S.", "sara2@example.com", "North", null, null));
        assertThat(sara.status()).as("kept").isEqualTo(SalespersonStatus.IN_RECOVERY);
        assertThat(sara.name()).isEqualTo("Sara S.");
        assertThatThrownBy(() -> rules.checkChange(sara, SalespersonInput.single("Sara", "sara2@example.com", "North", null, "active")))
                .as("recovery ends only by its plan").isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("A rehire brings back only someone who has exited")
    void rehire() {
        Salesperson bo = rules.check(List.of(SalespersonInput.single("Bo", "bo@example.com", "North", null, null))).get(0);
        assertThatThrownBy(() -> bo.rehire(java.time.LocalDate.of(2026, 1, 1))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                .extracting(FieldError::field).containsExactly("status"));
        bo.exit(java.time.LocalDate.of(2026, 1, 1));
        assertThat(bo.exitedOn()).isEqualTo(java.time.LocalDate.of(2026, 1, 1));
        bo.rehire(java.time.LocalDate.of(2026, 2, 1));
        assertThat(bo.status()).isEqualTo(SalespersonStatus.ACTIVE);
        assertThat(bo.joinedOn()).as("back: a joiner again").isEqualTo(java.time.LocalDate.of(2026, 2, 1));
        assertThat(bo.exitedOn()).isNull();
    }

    @Test
    @DisplayName("Every broken rule of every row is reported with its line; nothing is returned")
    void everyErrorWithItsLine() {
        List<SalespersonInput> rows = List.of(
                new SalespersonInput(2, "", "not-an-email", "North", null, null),
                new SalespersonInput(3, "Bo", "bo@example.com", "West", "hana", "sleeping"),
                new SalespersonInput(4, "Cy", "BO@example.com", "North", null, null),
                new SalespersonInput(5, "Di", "SARA@culture.example", "North", null, null));

        assertThatThrownBy(() -> rules.check(rows)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.errors()).extracting(FieldError::field).containsExactly("rows[2].name", "rows[2].email",
                    "rows[3].team", "rows[3].manager", "rows[3].status", "rows[4].email", "rows[5].email");
            assertThat(e.errors()).extracting(error -> error.message().in(Locale.ENGLISH)).containsExactly(
                    "Line 2: Name the salesperson.",
                    "Line 2: “not-an-email” is not an email address.",
                    "Line 3: There is no team “West”; the teams are North.",
                    "Line 3: “hana” is not a sales leader, so cannot be a manager.",
                    "Line 3: Status is active, in recovery or exited, not “sleeping”.",
                    "Line 4: BO@example.com appears a second time (first on line 3).",
                    "Line 5: There is already a salesperson with the email SARA@culture.example.");
        });
    }

    @Test
    @DisplayName("A single entry names the plain field; line numbers above 999 are not grouped")
    void singleEntryAndLargeLines() {
        assertThatThrownBy(() -> rules.check(List.of(SalespersonInput.single("Ed", "ed@example.com", null, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("team", "salesperson.team.required")));
        assertThatThrownBy(() -> rules.check(List.of(new SalespersonInput(1234, "Ed", "ed", "North", null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.errors().get(0).message().in(Locale.ENGLISH)).startsWith("Line 1234: "));
    }
}
