package com.salesculture.domain.model.review;

import java.util.Arrays;
import java.util.Optional;

/** What a review concludes; the codes are those of the DMN decision {@code performance-recommendation}. */
public enum ReviewOutcome {
    MEETS("meets"), RECOVERY("recovery"), EXIT_REVIEW("exit-review");

    private final String code;

    ReviewOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ReviewOutcome> ofCode(String code) {
        return Arrays.stream(values()).filter(outcome -> outcome.code.equals(code)).findFirst();
    }
}
