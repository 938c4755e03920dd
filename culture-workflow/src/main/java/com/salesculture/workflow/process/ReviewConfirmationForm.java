package com.salesculture.workflow.process;

import com.salesculture.domain.model.review.ReviewOutcome;
import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.workflow.form.CrossFieldRules;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** Form of "Confirm the review": confirm the recommendation, or override it with an outcome and a reason. */
public record ReviewConfirmationForm(
        @NotNull(message = "{form.decision.required}")
        Decision decision,
        ReviewOutcome outcome,
        @Size(max = 2000, message = "{form.reason.tooLong}")
        String reason) implements CrossFieldRules {

    public static final String KEY = "culture:review-confirmation";

    public enum Decision { CONFIRM, OVERRIDE }

    @Override
    public List<FieldError> crossFieldErrors() {
        List<FieldError> errors = new ArrayList<>();
        if (decision == Decision.OVERRIDE && outcome == null) {
            errors.add(FieldError.of("outcome", "review.override.outcome"));
        }
        if (decision == Decision.OVERRIDE && (reason == null || reason.isBlank())) {
            errors.add(FieldError.of("reason", "review.override.reason"));
        }
        return errors;
    }
}
