package com.salesculture.workflow.process;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Form of "Draft strategic intent" ({@code culture-program}): the intent in the organisation's
 * words, what it puts first, and when the leadership reviews it.
 */
public record DraftStrategicIntentForm(
        @NotBlank(message = "Describe the strategic intent.")
        @Size(min = 20, max = 2000, message = "Describe the strategic intent in 20 to 2,000 characters.")
        String intent,
        @NotNull(message = "Choose the focus.")
        Focus focus,
        @FutureOrPresent(message = "The review date cannot be in the past.")
        LocalDate reviewBy) {

    public static final String KEY = "culture:draft-strategic-intent";

    /** What the strategy puts first for the sales organisation. */
    public enum Focus { GROWTH, RETENTION, NEW_MARKETS, PROFITABILITY }
}
