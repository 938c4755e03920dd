package com.salesculture.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Keeps a move to a continuation of the engine (Operaton renames the packages) a mechanical rename:
 * the engine's implementation classes and its tables are named in one package only.
 */
class EngineBoundaryTest {

    private static final Path WORKFLOW = Path.of("src/main/java");
    private static final String ENGINE_PACKAGE = "com/salesculture/workflow/engine/";

    @Test
    @DisplayName("Only the engine package names the engine's implementation classes")
    void implementationClassesOnlyInTheEnginePackage() {
        assertThat(sources(WORKFLOW).filter(outsideEnginePackage()).filter(mentions("org.camunda.bpm.engine.impl")))
                .as("classes outside %s that use org.camunda.bpm.engine.impl", ENGINE_PACKAGE).isEmpty();
    }

    @Test
    @DisplayName("Only the engine package reads or locks the engine's tables with SQL")
    void engineTablesOnlyInTheEnginePackage() {
        assertThat(sources(WORKFLOW).filter(outsideEnginePackage()).filter(mentions("ACT_RU_", "ACT_HI_", "ACT_RE_", "ACT_GE_")))
                .as("classes outside %s with SQL on the engine's tables", ENGINE_PACKAGE).isEmpty();
    }

    @Test
    @DisplayName("The domain and the web layer never touch the engine")
    void domainAndWebKnowNoEngine() {
        List<Path> layers = List.of(Path.of("../culture-domain/src/main/java"), Path.of("../culture-web/src/main/java"));
        assertThat(layers).allSatisfy(layer -> assertThat(layer).isDirectory());
        assertThat(layers.stream().flatMap(EngineBoundaryTest::sources).filter(mentions("org.camunda.", "ACT_RU_", "ACT_HI_")))
                .as("domain or web classes that use the engine").isEmpty();
    }

    private static Predicate<Path> outsideEnginePackage() {
        return source -> !source.toString().replace('\\', '/').contains(ENGINE_PACKAGE);
    }

    private static Predicate<Path> mentions(String... words) {
        return source -> {
            try {
                String text = Files.readString(source);
                return Stream.of(words).anyMatch(text::contains);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static Stream<Path> sources(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> java = files.filter(file -> file.toString().endsWith(".java")).toList();
            assertThat(java).as("Java sources under %s", root).isNotEmpty();
            return java.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
