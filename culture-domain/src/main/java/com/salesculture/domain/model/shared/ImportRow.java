package com.salesculture.domain.model.shared;

import java.util.List;

/**
 * Collects the errors of one input of an import (or of a single entry, line 0): named
 * {@code rows[line].field} and prefixed with the line for an import row, plain {@code field} otherwise.
 */
public record ImportRow(int line, List<FieldError> errors) {

    /** The value without surrounding blanks; an error when nothing is left. */
    public String required(String field, String value, String key) {
        String present = Validation.stripped(value);
        if (present == null) {
            error(field, key);
        }
        return present;
    }

    public void error(String field, String key, Object... arguments) {
        Message message = Message.of(key, arguments);
        errors.add(line == 0 ? new FieldError(field, message)
                : new FieldError("rows[" + line + "]." + field, Message.of("import.line", line, message)));
    }
}
