package com.salesculture.domain.model.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of one input, so a person sees all of them at once. */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    public Validation require(boolean satisfied, String field, String message) {
        if (!satisfied) {
            errors.add(new FieldError(field, message));
        }
        return this;
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
