package com.salesculture.domain.model.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of one input, so a person sees all of them at once. */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    /** Records the message (a key of the server's bundle, with its arguments) unless the rule is satisfied. */
    public Validation require(boolean satisfied, String field, String key, Object... arguments) {
        if (!satisfied) {
            errors.add(FieldError.of(field, key, arguments));
        }
        return this;
    }

    /** The text without surrounding blanks, or null when nothing is left: how every input field is read. */
    public static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The reason a person must give for an act that is logged (field {@code reason}): stripped,
     * required (else the message {@code requiredKey}), at most 2,000 characters.
     */
    public static String requiredReason(String text, String requiredKey) {
        String reason = stripped(text);
        new Validation().require(reason != null, "reason", requiredKey)
                .require(reason == null || reason.length() <= 2000, "reason", "form.reason.tooLong")
                .throwIfInvalid();
        return reason;
    }

    public boolean hasErrorFor(String field) {
        return errors.stream().anyMatch(e -> field.equals(e.field()));
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
