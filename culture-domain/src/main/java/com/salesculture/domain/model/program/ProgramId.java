package com.salesculture.domain.model.program;

import com.salesculture.domain.model.shared.NotFoundException;

/** Identifies a culture programme; also the business key of its {@code culture-program} process. */
public record ProgramId(long value) {

    public ProgramId {
        if (value <= 0) {
            throw new IllegalArgumentException("A programme id is a positive number.");
        }
    }

    /** Reads an id that arrived from outside (a URL, a business key). */
    public static ProgramId parse(String text) {
        try {
            return new ProgramId(Long.parseLong(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("There is no programme with id " + text + ".");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
