package com.salesculture.workflow.process;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Form of "Follow up with the customer": what came of it, and what was done. */
public record FollowUpForm(
        @NotNull(message = "{form.outcome.required}")
        Outcome outcome,
        @NotBlank(message = "{form.summary.required}")
        @Size(max = 2000, message = "{form.reason.tooLong}")
        String summary) {

    public static final String KEY = "culture:follow-up";

    /** Resolved with the customer; still unresolved (the leader acts on it); the customer could not be reached. */
    public enum Outcome { RESOLVED, UNRESOLVED, NOT_REACHED }
}
