package com.salesculture.workflow.process;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Form of "Respond to an at-risk deliverable": what will be done, who owns it, by when. */
public record DeliverableResponseForm(
        @NotBlank(message = "{form.action.required}")
        @Size(max = 2000, message = "{form.reason.tooLong}")
        String action,
        @NotBlank(message = "{form.owner.required}")
        @Size(max = 200, message = "{form.owner.tooLong}")
        String owner,
        @NotNull(message = "{form.actionDue.required}")
        LocalDate actionDue) {

    public static final String KEY = "culture:deliverable-response";
}
