package com.salesculture.domain.model.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesculture.domain.model.salesforce.SalesForceRules;
import com.salesculture.domain.model.salesforce.SalesTeam;
import com.salesculture.domain.model.salesforce.Salesperson;
import com.salesculture.domain.model.salesforce.SalespersonInput;
import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CustomerRulesTest {

    private final List<Salesperson> salespeople = new SalesForceRules(Map.of("north", SalesTeam.form("North", "lena")),
            Set.of("lena"), Set.of()).check(List.of(
            new SalespersonInput(2, "Sara", "sara@culture.example", "North", null, null),
            new SalespersonInput(3, "Xavier", "xavier@culture.example", "North", null, null)));
    {
        salespeople.get(1).exit(java.time.LocalDate.of(2026, 1, 1));
    }
    private final CustomerRules rules = new CustomerRules(Map.of("sara@culture.example", salespeople.get(0),
            "xavier@culture.example", salespeople.get(1)), Set.of("taken@acme.example"));

    @Test
    @DisplayName("A valid row: the salesperson by email regardless of case, English and active by default")
    void defaults() {
        CustomerContact contact = rules.check(List.of(new CustomerInput(2, " Acme ", "Ann", "Ann@Acme.example",
                null, "SARA@culture.example", null))).get(0);
        assertThat(contact.organisation()).isEqualTo("Acme");
        assertThat(contact.salesperson().name()).isEqualTo("Sara");
        assertThat(contact.language()).isEqualTo(CustomerLanguage.EN);
        assertThat(contact.active()).isTrue();
        assertThat(rules.check(List.of(new CustomerInput(2, "Acme", "Bo", "bo@acme.example", "DE", "sara@culture.example",
                "no"))).get(0)).satisfies(c -> assertThat(c.language()).isEqualTo(CustomerLanguage.DE))
                .satisfies(c -> assertThat(c.active()).isFalse());
    }

    @Test
    @DisplayName("Every broken rule of every row with its line: stored or repeated email, unknown or exited salesperson, language, active")
    void everyErrorWithItsLine() {
        List<CustomerInput> rows = List.of(
                new CustomerInput(2, "", "Ann", "TAKEN@acme.example", "fr", "nobody@culture.example", "maybe"),
                new CustomerInput(3, "Acme", "Bo", "bo@acme.example", "en", "xavier@culture.example", null),
                new CustomerInput(4, "x".repeat(201), "Cy", "BO@acme.example", null, "sara@culture.example", null));

        assertThatThrownBy(() -> rules.check(rows)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.errors()).extracting(FieldError::field).containsExactly("rows[2].organisation", "rows[2].email",
                    "rows[2].language", "rows[2].salesperson", "rows[2].active", "rows[3].salesperson",
                    "rows[4].organisation", "rows[4].email");
            assertThat(e.errors()).extracting(error -> error.message().in(Locale.ENGLISH)).contains(
                    "Line 2: There is already a customer contact with the email TAKEN@acme.example.",
                    "Line 3: Xavier has left the sales force; choose a salesperson who serves customers now.",
                    "Line 4: BO@acme.example appears a second time (first on line 3).");
        });
    }
}
