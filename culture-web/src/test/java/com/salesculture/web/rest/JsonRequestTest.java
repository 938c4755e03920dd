package com.salesculture.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.salesculture.domain.model.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JsonRequestTest {

    record Line(String name, BigDecimal target, List<Long> teams) {
    }

    record Draft(String statement, Long owner, Integer months, LocalDate due, Boolean final_, Map<String, String> ratings,
                 List<Line> lines) {
    }

    @Test
    @DisplayName("A body is read into its record: numbers, dates, lists, nested records; ratings as the text they were written as")
    void readsARecord() {
        Draft draft = JsonRequest.parse("{\"statement\": \"Grow\", \"owner\": 9000000000, \"months\": 36, \"due\": \"2027-12-31\","
                + " \"ratings\": {\"12\": 5, \"13\": \"4\"}, \"lines\": [{\"name\": \"Revenue\", \"target\": 12.5, \"teams\": [1, 2]}]}",
                Draft.class);

        assertThat(draft).isEqualTo(new Draft("Grow", 9_000_000_000L, 36, LocalDate.of(2027, 12, 31), null,
                Map.of("12", "5", "13", "4"), List.of(new Line("Revenue", new BigDecimal("12.5"), List.of(1L, 2L)))));
    }

    @Test
    @DisplayName("Every wrong type is reported at once, by field, nested ones by position from 1")
    void reportsWrongTypesByField() {
        assertThatThrownBy(() -> JsonRequest.parse("{\"statement\": 4, \"months\": 1.5, \"due\": \"tomorrow\", \"final_\": \"yes\","
                + " \"lines\": [{\"name\": \"ok\"}, {\"target\": \"high\", \"teams\": [\"North\"]}]}", Draft.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field(), error -> error.message().key())
                        .containsExactlyInAnyOrder(tuple("statement", "api.field.text"), tuple("months", "api.field.number"),
                                tuple("due", "api.field.date"), tuple("final_", "api.field.boolean"),
                                tuple("lines[2].target", "api.field.decimal"), tuple("lines[2].teams", "api.field.list")));
    }

    @Test
    @DisplayName("No body is an empty object (the domain says what is required); a body that is not an object is refused as a whole")
    void emptyAndNonObjectBodies() {
        assertThat(JsonRequest.parse("", Draft.class)).isEqualTo(new Draft(null, null, null, null, null, Map.of(), null));
        assertThatThrownBy(() -> JsonRequest.parse("[1]", Draft.class)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isNull()));
    }
}
