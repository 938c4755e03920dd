package com.salesculture.workflow.process;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Form of "Add evidence": what the proposer added (documents go to the case) in answer to HR. */
public record ExitEvidenceForm(
        @NotBlank(message = "{exit.evidence.note}")
        @Size(max = 2000, message = "{form.reason.tooLong}")
        String note) {

    public static final String KEY = "culture:exit-evidence";
}
