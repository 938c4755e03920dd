package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.exit.ExitCase;
import com.salesculture.domain.model.exit.ExitCases;
import com.salesculture.domain.model.exit.ExitStage;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import com.salesculture.workflow.form.FormType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task "Record HR's review" of {@code exit-approval}: accepted (on to the executive), returned for evidence, or rejected. */
@Named("recordExitHrReview")
@ApplicationScoped
public class RecordExitHrReview implements JavaDelegate {

    @Inject
    private ExitCases cases;

    @Inject
    private DecisionRecorder decisions;

    @Override
    public void execute(DelegateExecution execution) {
        ExitCase exitCase = cases.require(ExitCaseProcess.exitCaseId(execution));
        ExitHrReviewForm review = FormType.read(ExitHrReviewForm.class, execution::getVariable);
        exitCase.reviewedBy(ApprovalSteps.actor(execution));
        if (review.decision() == ExitHrReviewForm.Decision.REJECT) {
            exitCase.end(ExitStage.REJECTED, review.comment(), EngineTime.now());
        }
        decisions.record(execution, Decision.of(DecisionType.EXIT_HR_REVIEWED, ExitCaseProcess.SUBJECT,
                exitCase.id().toString()).outcome(review.decision().name().toLowerCase(Locale.ROOT)).reason(review.comment()));
    }
}
