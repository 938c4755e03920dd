package com.salesculture.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesculture.domain.model.salesforce.SalespersonInput;
import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalespeopleCsvTest {

    @Test
    @DisplayName("Columns in any order, quoted values with commas, quotes and line breaks, a BOM, CRLF and a last empty line")
    void readsRfc4180() {
        String csv = "\uFEFFemail,Name,team,status\r\n"
                + "ada@example.com,\"Lovelace, Ada\",North,active\r\n"
                + "bo@example.com,\"Bo \"\"the closer\"\"\nSmith\",South,\r\n";

        List<SalespersonInput> rows = SalespeopleCsv.read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(rows).containsExactly(
                new SalespersonInput(2, "Lovelace, Ada", "ada@example.com", "North", null, "active"),
                new SalespersonInput(3, "Bo \"the closer\"\nSmith", "bo@example.com", "South", null, ""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "empty file|''|The file is empty.",
            "only blanks|'  \n '|The file is empty.",
            "header only|'name,email,team\n'|The file has its header line but no salespeople.",
            "semicolons|'name;email;team\nAda;ada@example.com;North'|Separate the columns with commas; this file uses “;”.",
            "missing column|'name,email\nAda,ada@example.com'|The first line must name the columns name, email, team (and, if you like, manager, status); missing: team."
    })
    void fileProblems(String problem, String csv, String message) {
        assertThatThrownBy(() -> SalespeopleCsv.read(csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.message().in(Locale.ENGLISH)).containsExactly(message));
    }

    @Test
    @DisplayName("A file that is not UTF-8 (Latin-1 umlauts) is refused as a whole")
    void notUtf8() {
        byte[] latin1 = "name,email,team\nJürgen Groß,j@example.com,North\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> SalespeopleCsv.read(latin1)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsExactly(FieldError.of(null, "import.notUtf8")));
    }

    @Test
    @DisplayName("Ragged rows and an unclosed quote name their lines")
    void raggedRowsAndOpenQuotes() {
        assertThatThrownBy(() -> SalespeopleCsv.read("name,email,team\nAda,ada@example.com\nBo,b@x.com,North,extra\n"
                .getBytes(StandardCharsets.UTF_8))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("rows[2]", "rows[3]"));
        assertThatThrownBy(() -> SalespeopleCsv.read("name,email,team\n\"Ada,ada@example.com,North\n"
                .getBytes(StandardCharsets.UTF_8))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(error -> error.message().in(Locale.ENGLISH))
                        .containsExactly("Line 2: a quoted value is not closed."));
    }
}
