package com.salesculture.web.rest;

import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.Message;
import java.util.List;
import java.util.Locale;

/** Every error of the API: {@code {"errors":[{"field":…, "message":…}]}} (DESIGN §6), in the caller's language. */
public record ErrorBody(List<Error> errors) {

    /** One error: the field to correct (null for the request as a whole) and what to do. */
    public record Error(String field, String message) {
    }

    static ErrorBody of(List<FieldError> errors, Locale locale) {
        return new ErrorBody(errors.stream().map(e -> new Error(e.field(), e.message().in(locale))).toList());
    }

    static ErrorBody of(String field, Message message, Locale locale) {
        return new ErrorBody(List.of(new Error(field, message.in(locale))));
    }
}
