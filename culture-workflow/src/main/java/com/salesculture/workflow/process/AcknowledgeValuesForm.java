package com.salesculture.workflow.process;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/** Form of "Acknowledge the values": the salesperson confirms they have read this version of the charter. */
public record AcknowledgeValuesForm(
        @NotNull(message = "{form.acknowledged.required}")
        @AssertTrue(message = "{form.acknowledged.required}")
        Boolean acknowledged) {

    public static final String KEY = "culture:acknowledge-values";
}
