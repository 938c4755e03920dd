package com.salesculture.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessageTest {

    @Test
    @DisplayName("The server's English and German bundles have the same keys, and every text is a valid pattern")
    void bundlesMatch() throws IOException {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");

        assertThat(german.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (Properties bundle : new Properties[] {english, german}) {
            bundle.forEach((key, text) -> {
                assertThat(text.toString()).as("%s", key).isNotBlank();
                new MessageFormat(text.toString()); // throws on a broken pattern
            });
        }
    }

    @Test
    @DisplayName("A message is worded in German for German speakers and in English for everyone else")
    void wordedInTheReadersLanguage() {
        Message message = Message.of("program.horizon.range", 1, 120);

        assertThat(message.in(Locale.GERMANY)).isEqualTo("Der Horizont liegt zwischen 1 und 120 Monaten.");
        assertThat(message.in(Locale.UK)).isEqualTo("Horizon must be between 1 and 120 months.");
        assertThat(message.in(Locale.FRENCH)).isEqualTo("Horizon must be between 1 and 120 months.");
        assertThat(message).hasToString("Horizon must be between 1 and 120 months.");
    }

    @Test
    @DisplayName("A message given as an argument is worded in the same language; apostrophes survive")
    void nestedMessages() {
        Message outer = Message.of("task.alreadyCompleted", Message.of("task.someoneElse"), "2026-11-27 09:00:00 UTC");

        assertThat(outer.in(Locale.ENGLISH)).isEqualTo(
                "This task was already completed by someone else at 2026-11-27 09:00:00 UTC.");
        assertThat(outer.in(Locale.GERMAN)).startsWith("Diese Aufgabe wurde bereits von jemand anderem");
        assertThat(Message.of("evidence.lyingType", "application/pdf").in(Locale.ENGLISH))
                .startsWith("The file's content is not application/pdf");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream stream = MessageTest.class.getResourceAsStream("/com/salesculture/domain/" + name)) {
            properties.load(stream);
        }
        return properties;
    }
}
