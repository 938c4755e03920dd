package com.salesculture.workflow.process;

import jakarta.validation.constraints.Size;

/**
 * Form of a drafting task ("Draft strategic intent", "Draft the values"): what is drafted lives in
 * the domain and is edited on its page and API; completing the task submits it, with an optional note.
 */
public record SubmitForm(
        @Size(max = 1000, message = "{form.note.tooLong}")
        String note) {

    public static final String KEY = "culture:submit";
}
