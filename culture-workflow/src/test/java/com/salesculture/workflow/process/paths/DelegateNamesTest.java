package com.salesculture.workflow.process.paths;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesculture.workflow.process.CultureProgramProcess;
import com.salesculture.workflow.process.paths.doubles.Doubles;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The models call their code in one style only, a delegate by name; each name is one {@code @Named}
 * delegate or listener of this module, and each has a stand-in in the path tests.
 */
class DelegateNamesTest {

    private static final Pattern CALL = Pattern.compile("(?<![\\w-])(?:camunda:)?(delegateExpression|expression|class)=\"([^\"]*)\"");
    private static final Pattern BY_NAME = Pattern.compile("\\$\\{([A-Za-z]+)}");

    @Test
    @DisplayName("Every model calls delegates by name only, and every name is a delegate of this module and has a stand-in")
    void modelsCallNamedDelegatesOnly() throws Exception {
        Set<String> called = new TreeSet<>();
        for (String model : PathsEngine.models()) {
            try (InputStream stream = PathsEngine.open(model)) {
                Matcher call = CALL.matcher(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
                while (call.find()) {
                    assertThat(call.group(1)).as("%s: %s", model, call.group(2)).isEqualTo("delegateExpression");
                    Matcher name = BY_NAME.matcher(call.group(2));
                    assertThat(name.matches()).as("%s: %s names one bean", model, call.group(2)).isTrue();
                    called.add(name.group(1));
                }
            }
        }
        assertThat(delegatesOfTheModule()).isEqualTo(called);
        assertThat(Doubles.names()).isEqualTo(called);
    }

    /** The names of the module's delegates and listeners (the models' code is all in this module). */
    private static Set<String> delegatesOfTheModule() throws IOException, URISyntaxException {
        Path classes = Path.of(CultureProgramProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String type = classes.relativize(file).toString().replace(".class", "").replace('/', '.');
                Class<?> loaded = load(type);
                Named named = loaded.getAnnotation(Named.class);
                if (named != null && (JavaDelegate.class.isAssignableFrom(loaded)
                        || ExecutionListener.class.isAssignableFrom(loaded) || TaskListener.class.isAssignableFrom(loaded))) {
                    assertThat(named.value()).as(type + " is named").isNotEmpty();
                    names.add(named.value());
                }
            }
        }
        return names;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, DelegateNamesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
