package com.salesculture.domain.model.shared;

/**
 * One violated rule, named by the input field a person has to correct.
 * A null field means the input as a whole (for example malformed JSON).
 */
public record FieldError(String field, Message message) {

    public static FieldError of(String field, String key, Object... arguments) {
        return new FieldError(field, Message.of(key, arguments));
    }
}
