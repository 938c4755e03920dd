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
        @NotBlank(message = "{form.intent.required}")
        @Size(min = 20, max = 2000, message = "{form.intent.length}")
        String intent,
        @NotNull(message = "{form.focus.required}")
        Focus focus,
        @FutureOrPresent(message = "{form.reviewBy.past}")
        LocalDate reviewBy) {

    public static final String KEY = "culture:draft-strategic-intent";

    /** What the strategy puts first for the sales organisation. */
    public enum Focus { GROWTH, RETENTION, NEW_MARKETS, PROFITABILITY }
}
