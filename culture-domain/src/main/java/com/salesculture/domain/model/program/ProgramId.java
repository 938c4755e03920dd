package com.salesculture.domain.model.program;

import com.salesculture.domain.model.shared.NotFoundException;
import java.util.Optional;

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
            throw new NotFoundException("program.notFound", text);
        }
    }

    /** The programme a business key names, if it names one (other processes have keys of their own). */
    public static Optional<ProgramId> fromBusinessKey(String businessKey) {
        if (businessKey == null || !businessKey.matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return Optional.of(new ProgramId(Long.parseLong(businessKey)));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
