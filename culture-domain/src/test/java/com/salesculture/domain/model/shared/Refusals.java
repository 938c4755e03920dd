package com.salesculture.domain.model.shared;

import java.util.List;

/** For tests of domain rules: the field errors an action is refused with. */
public final class Refusals {

    private Refusals() {
    }

    /** The errors of the {@link InvalidInputException} the action throws; fails when it is not refused. */
    public static List<FieldError> errorsOf(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.errors();
        }
        throw new AssertionError("expected the input to be refused");
    }
}
