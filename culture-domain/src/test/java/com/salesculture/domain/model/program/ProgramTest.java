package com.salesculture.domain.model.program;

import static com.salesculture.domain.model.shared.Refusals.errorsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.NotFoundException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProgramTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    @Test
    @DisplayName("A programme starts in the strategic-intent phase with its name trimmed")
    void startsDraftingIntent() {
        Program program = Program.start("  Customer first 2030 ", 48, "lena", NOW);

        assertThat(program.name()).isEqualTo("Customer first 2030");
        assertThat(program.horizonMonths()).isEqualTo(48);
        assertThat(program.phase()).isEqualTo(ProgramPhase.DRAFTING_INTENT);
        assertThat(program.startedBy()).isEqualTo("lena");
        assertThat(program.startedAt()).isEqualTo(NOW);
        assertThat(program.programId()).as("no id before it is stored").isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    @DisplayName("A programme needs a name")
    void nameIsRequired(String name) {
        assertThat(errorsOf(() -> Program.start(name, 12, "lena", NOW)))
                .containsExactly(FieldError.of("name", "program.name.required"));
    }

    @Test
    @DisplayName("A name may have 200 characters, not 201")
    void nameLength() {
        assertThat(Program.start("x".repeat(200), 12, "lena", NOW).name()).hasSize(200);
        assertThat(errorsOf(() -> Program.start("x".repeat(201), 12, "lena", NOW)))
                .extracting(FieldError::field).containsExactly("name");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 60, 120})
    @DisplayName("The horizon lies between 1 and 120 months")
    void horizonInsideBounds(int months) {
        assertThat(Program.start("P", months, "lena", NOW).horizonMonths()).isEqualTo(months);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 121, 1000})
    @DisplayName("A horizon outside 1 to 120 months is refused")
    void horizonOutsideBounds(int months) {
        assertThat(errorsOf(() -> Program.start("P", months, "lena", NOW)))
                .containsExactly(FieldError.of("horizonMonths", "program.horizon.range", 1, 120));
    }

    @Test
    @DisplayName("Every broken rule is reported at once")
    void allErrorsAtOnce() {
        assertThat(errorsOf(() -> Program.start(null, null, "lena", NOW)))
                .extracting(FieldError::field).containsExactly("name", "horizonMonths");
    }

    @Test
    @DisplayName("Finishing the intent draft moves the phase on")
    void intentDrafted() {
        Program program = Program.start("P", 12, "lena", NOW);
        program.intentDrafted();
        assertThat(program.phase()).isEqualTo(ProgramPhase.INTENT_DRAFTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-4", "", "9999999999999999999999"})
    @DisplayName("An id from a URL that is not a positive number names no programme")
    void parseRejectsNonIds(String text) {
        assertThatThrownBy(() -> ProgramId.parse(text)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("Only a positive number as business key names a programme")
    void businessKeys() {
        assertThat(ProgramId.fromBusinessKey("51")).contains(new ProgramId(51));
        assertThat(ProgramId.fromBusinessKey("tx-ok-1")).isEmpty();
        assertThat(ProgramId.fromBusinessKey("0")).isEmpty();
        assertThat(ProgramId.fromBusinessKey(null)).isEmpty();
    }

    @Test
    void parseReadsIds() {
        assertThat(ProgramId.parse("42")).isEqualTo(new ProgramId(42));
    }
}
