package com.salesculture.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TableExportTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\")", "=1+1\nsecond line", "+1", "-2+3", "@SUM(A1)",
            "\t=1", "\r=1", "=\r\n=cmd|' /C calc'!A0"})
    @DisplayName("A cell a spreadsheet would read as a formula, whatever follows its first character, stays text")
    void formulasStayText(String reason) {
        assertThat(TableExport.asText(reason)).startsWith("'").endsWith(reason);
        assertThat(TableExport.quoted(reason)).startsWith("\"'");
    }

    @Test
    @DisplayName("Ordinary text is written as it is, quotes doubled")
    void ordinaryText() {
        assertThat(TableExport.quoted("Two \"late\" plans; 5 = five")).isEqualTo("\"Two \"\"late\"\" plans; 5 = five\"");
        assertThat(TableExport.quoted("")).isEqualTo("\"\"");
    }
}
