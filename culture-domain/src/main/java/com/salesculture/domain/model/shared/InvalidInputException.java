package com.salesculture.domain.model.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Input broke one or more domain rules; nothing was stored. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String key, Object... arguments) {
        this(List.of(FieldError.of(field, key, arguments)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
