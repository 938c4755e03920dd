package com.salesculture.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A cluster replicates each page's state and each session to another node (web.xml is distributable),
 * so a person whose node dies goes on there: everything a view- or session-scoped bean keeps must be
 * serializable, and its services must come back after it is read (injected, not transient).
 */
class SessionStateTest {

    @Test
    @DisplayName("Every view- and session-scoped bean keeps only serializable state, and no transient service")
    void sessionStateIsSerializable() throws IOException, URISyntaxException {
        List<Class<?>> beans = webClasses().filter(type -> type.isAnnotationPresent(ViewScoped.class)
                || type.isAnnotationPresent(SessionScoped.class)).toList();
        assertThat(beans).hasSizeGreaterThan(20);
        List<String> problems = new ArrayList<>();
        Set<Type> checked = new HashSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getSimpleName() + " is not Serializable");
            }
            for (Field field : fields(bean)) {
                String where = bean.getSimpleName() + "." + field.getName();
                boolean injected = field.isAnnotationPresent(EJB.class) || field.isAnnotationPresent(Inject.class);
                if (injected && Modifier.isTransient(field.getModifiers())) {
                    problems.add(where + " is a transient service: null once the page is read on another node");
                } else if (!injected && !Modifier.isTransient(field.getModifiers())) {
                    check(field.getGenericType(), where, checked, problems);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Whether a value of this type can be written and read back, with what it holds. */
    private static void check(Type type, String where, Set<Type> checked, List<String> problems) {
        if (!checked.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            if (!(raw.isInterface() && (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)))) {
                check(raw, where, checked, problems);
            }
            for (Type argument : generic.getActualTypeArguments()) {
                check(argument, where + "<" + argument.getTypeName() + ">", checked, problems);
            }
        } else if (type instanceof WildcardType wildcard) {
            Stream.of(wildcard.getUpperBounds()).forEach(bound -> check(bound, where, checked, problems));
        } else if (type instanceof Class<?> plain && !plain.isPrimitive()) {
            Class<?> element = plain.isArray() ? plain.getComponentType() : plain;
            if (element.isPrimitive() || element == Object.class) {
                return;
            }
            if (element.isInterface() && (Collection.class.isAssignableFrom(element) || Map.class.isAssignableFrom(element))) {
                return; // the implementations we keep (List.of, ArrayList, LinkedHashMap) are; their elements are checked by their argument
            }
            if (!Serializable.class.isAssignableFrom(element)) {
                problems.add(where + ": " + element.getName() + " is not Serializable");
                return;
            }
            if (element.getName().startsWith("com.salesculture.")) {
                for (Field field : fields(element)) {
                    if (!Modifier.isTransient(field.getModifiers())) {
                        check(field.getGenericType(), where + "." + field.getName(), checked, problems);
                    }
                }
            }
        }
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class && !c.isEnum(); c = c.getSuperclass()) {
            Stream.of(c.getDeclaredFields()).filter(field -> !Modifier.isStatic(field.getModifiers())).forEach(fields::add);
        }
        return fields;
    }

    private static Stream<Class<?>> webClasses() throws IOException, URISyntaxException {
        Path root = Path.of(SessionStateTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class")).map(file -> root.relativize(file).toString())
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(SessionStateTest::load).toList().stream();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SessionStateTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
