package com.salesculture.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesculture.workflow.form.TaskForms;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
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

    @Test
    @DisplayName("Every field and every choice of every task form has a label in both languages")
    void formLabels() throws IOException {
        List<String> keys = TaskForms.all().stream().flatMap(form -> form.fields().stream())
                .flatMap(field -> Stream.concat(Stream.of("form." + field.name()),
                        field.allowedValues() == null ? Stream.empty()
                                : field.allowedValues().stream().map(value -> "form.choice." + value)))
                .toList();

        assertThat(keys).isNotEmpty();
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(keys);
        assertThat(load("messages_de.properties").stringPropertyNames()).containsAll(keys);
    }

    @Test
    @DisplayName("Every decision type reads as words in both languages (pages show words, the API and CSV the codes)")
    void decisionTypesAsWords() throws IOException {
        List<String> keys = java.util.Arrays.stream(com.salesculture.domain.model.decision.DecisionType.values())
                .map(type -> "decision." + type.name()).toList();

        assertThat(load("messages.properties").stringPropertyNames()).containsAll(keys);
        assertThat(load("messages_de.properties").stringPropertyNames()).containsAll(keys);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream stream = MessageBundlesTest.class.getResourceAsStream("/com/salesculture/web/" + name)) {
            properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
