package com.salesculture.web.rest;

import com.salesculture.domain.model.shared.FieldError;
import java.util.List;

/** Every error of the API: {@code {"errors":[{"field":…, "message":…}]}} (DESIGN §6). */
public record ErrorBody(List<FieldError> errors) {

    static ErrorBody of(String field, String message) {
        return new ErrorBody(List.of(new FieldError(field, message)));
    }
}
