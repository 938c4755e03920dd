package com.salesculture.web.rest;

import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.Page;
import com.salesculture.domain.model.shared.PageRequest;
import com.salesculture.domain.model.shared.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Query parameters read as text and checked here, so a wrong one is a 400 naming it (JAX-RS would answer 404). */
final class QueryParameters {

    private final List<FieldError> errors = new ArrayList<>();

    /** An absent parameter and an empty one mean the same: no filter. */
    static String blankToNull(String value) {
        return Validation.stripped(value);
    }

    Long number(String name, String value, Long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(name, "api.field.number"));
            return fallback == null ? 0L : fallback;
        }
    }

    String choice(String name, String value, String fallback, String... allowed) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!Set.of(allowed).contains(value.strip())) {
            errors.add(FieldError.of(name, "api.field.choice", String.join(", ", allowed)));
            return fallback;
        }
        return value.strip();
    }

    /** {@code page} (from 0) and {@code size} (default {@link PageRequest#DEFAULT_SIZE}). */
    PageRequest page(String page, String size) {
        int number = clamped(number("page", page, 0L));
        int rows = clamped(number("size", size, (long) PageRequest.DEFAULT_SIZE));
        try {
            return new PageRequest(number, rows);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return PageRequest.first(PageRequest.DEFAULT_SIZE);
        }
    }

    /** One page as the body, the size of the whole list in {@code X-Total-Count}. */
    /** Clamped, not wrapped: a number past int's range stays out of range, so the page refuses it by name. */
    private static int clamped(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    static jakarta.ws.rs.core.Response paged(Page<?> page) {
        return jakarta.ws.rs.core.Response.ok(page.items()).header("X-Total-Count", page.total()).build();
    }

    /** A numeric id in the path; anything else names no resource (404). */
    static long pathId(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new jakarta.ws.rs.NotFoundException();
        }
    }

    /** A parameter that reads well but breaks a rule of the query. */
    void reject(String name, String key, Object... arguments) {
        errors.add(FieldError.of(name, key, arguments));
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
