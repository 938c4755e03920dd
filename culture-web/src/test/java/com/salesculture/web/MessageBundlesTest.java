package com.salesculture.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    @Test
    @DisplayName("English and German bundles have the same keys, and no text is left empty")
    void bundlesMatch() throws IOException {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");

        assertThat(german.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.values()).noneMatch(text -> text.toString().isBlank());
        assertThat(german.values()).noneMatch(text -> text.toString().isBlank());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream stream = MessageBundlesTest.class.getResourceAsStream("/com/salesculture/web/" + name)) {
            properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
