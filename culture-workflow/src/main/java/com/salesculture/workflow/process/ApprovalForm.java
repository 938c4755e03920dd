package com.salesculture.workflow.process;

import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.workflow.form.CrossFieldRules;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Form of an approval task (intent, values): approve, or reject with the reason the drafter will see. */
public record ApprovalForm(
        @NotNull(message = "{form.decision.required}")
        Decision decision,
        @Size(max = 2000, message = "{form.reason.tooLong}")
        String reason) implements CrossFieldRules {

    public static final String KEY = "culture:approval";

    public enum Decision { APPROVE, REJECT }

    @Override
    public List<FieldError> crossFieldErrors() {
        return decision == Decision.REJECT && (reason == null || reason.isBlank())
                ? List.of(FieldError.of("reason", "intent.reason.required", 2000)) : List.of();
    }
}
