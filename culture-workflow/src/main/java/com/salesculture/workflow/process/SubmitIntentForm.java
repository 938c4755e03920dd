package com.salesculture.workflow.process;

import jakarta.validation.constraints.Size;

/**
 * Form of "Draft strategic intent": the deliverables are edited on the intent page (and
 * {@code PUT /api/programs/{id}/intent}); completing the task submits them, with an optional note.
 */
public record SubmitIntentForm(
        @Size(max = 1000, message = "{form.note.tooLong}")
        String note) {

    public static final String KEY = "culture:submit-intent";
}
