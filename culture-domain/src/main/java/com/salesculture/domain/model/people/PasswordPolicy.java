package com.salesculture.domain.model.people;

import com.salesculture.domain.model.shared.Validation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters (at most {@value #MAX_LENGTH}),
 * not one of the commonly used passwords ({@code passwords/common.txt}), and not the username.
 * Each broken rule is an error on the field {@code password}.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    public static void check(String username, String password) {
        String lower = password == null ? "" : password.toLowerCase(Locale.ROOT);
        Validation validation = new Validation();
        validation.require(lower.length() >= MIN_LENGTH, "password", "password.tooShort", MIN_LENGTH);
        validation.require(lower.length() <= MAX_LENGTH, "password", "password.tooLong", MAX_LENGTH);
        validation.require(!COMMON.contains(lower.strip()), "password", "password.common");
        validation.require(username == null || !lower.contains(username.toLowerCase(Locale.ROOT)), "password",
                "password.username");
        validation.throwIfInvalid();
    }

    private static Set<String> load() {
        try (var in = PasswordPolicy.class.getResourceAsStream("/passwords/common.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
