package com.salesculture.workflow.form;

import com.salesculture.workflow.process.AcknowledgeReviewForm;
import com.salesculture.workflow.process.AcknowledgeValuesForm;
import com.salesculture.workflow.process.DeliverableResponseForm;
import com.salesculture.workflow.process.ExitEvidenceForm;
import com.salesculture.workflow.process.ExitHrReviewForm;
import com.salesculture.workflow.process.ReviewConfirmationForm;
import com.salesculture.workflow.process.FollowUpForm;
import com.salesculture.workflow.process.ApprovalForm;
import com.salesculture.workflow.process.SubmitForm;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The form types, by the {@code camunda:formKey} a user task names. A task without a form key has
 * a form without fields (it is only confirmed); every task of the product's own models names one.
 */
public final class TaskForms {

    /** "Draft the recovery plan": the plan is written on the review page. */
    public static final String RECOVERY_PLAN = "culture:recovery-plan";
    /** "Offboard": the checklist is worked on the exit case page. */
    public static final String OFFBOARDING = "culture:offboarding";

    private static final Map<String, FormType> BY_KEY = List.of(
                    FormType.of(SubmitForm.KEY, SubmitForm.class),
                    FormType.of(ApprovalForm.KEY, ApprovalForm.class),
                    FormType.of(AcknowledgeValuesForm.KEY, AcknowledgeValuesForm.class),
                    FormType.of(FollowUpForm.KEY, FollowUpForm.class),
                    FormType.of(DeliverableResponseForm.KEY, DeliverableResponseForm.class),
                    FormType.of(ReviewConfirmationForm.KEY, ReviewConfirmationForm.class),
                    FormType.of(AcknowledgeReviewForm.KEY, AcknowledgeReviewForm.class),
                    FormType.of(ExitHrReviewForm.KEY, ExitHrReviewForm.class),
                    FormType.of(ExitEvidenceForm.KEY, ExitEvidenceForm.class),
                    // their work is done on the review and case pages; TaskCompletionRule checks it
                    FormType.of(RECOVERY_PLAN, Confirmation.class),
                    FormType.of(OFFBOARDING, Confirmation.class))
            .stream().collect(Collectors.toUnmodifiableMap(FormType::key, Function.identity()));

    private static final FormType CONFIRMATION = FormType.of("confirmation", Confirmation.class);

    private TaskForms() {
    }

    /** The form type of a form key; none for an unknown key. A null key means a confirmation. */
    public static Optional<FormType> forKey(String formKey) {
        return formKey == null ? Optional.of(CONFIRMATION) : Optional.ofNullable(BY_KEY.get(formKey));
    }

    /** Every form type the product's models may name. */
    public static java.util.Collection<FormType> all() {
        return BY_KEY.values();
    }

    /** A task that asks for nothing but completion. */
    public record Confirmation() {
    }
}
