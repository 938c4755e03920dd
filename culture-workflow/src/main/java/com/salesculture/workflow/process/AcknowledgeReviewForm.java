package com.salesculture.workflow.process;

import jakarta.validation.constraints.Size;

/** Form of "Acknowledge the review": the salesperson has read it (and the plan), with a comment if they wish. */
public record AcknowledgeReviewForm(
        @Size(max = 2000, message = "{form.reason.tooLong}")
        String comment) {

    public static final String KEY = "culture:review-acknowledgement";
}
