package com.salesculture.workflow.process;

import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.workflow.form.CrossFieldRules;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Form of HR's review of an exit case: accept, return for more evidence, or reject; the latter two say why. */
public record ExitHrReviewForm(
        @NotNull(message = "{form.decision.required}")
        Decision decision,
        @Size(max = 2000, message = "{form.reason.tooLong}")
        String comment) implements CrossFieldRules {

    public static final String KEY = "culture:exit-hr-review";

    public enum Decision { ACCEPT, RETURN, REJECT }

    @Override
    public List<FieldError> crossFieldErrors() {
        return decision != Decision.ACCEPT && (comment == null || comment.isBlank())
                ? List.of(FieldError.of("comment", "exit.hrReview.comment")) : List.of();
    }
}
