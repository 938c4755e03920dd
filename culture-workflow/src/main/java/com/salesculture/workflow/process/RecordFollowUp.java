package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.survey.SurveyCycles;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import com.salesculture.workflow.form.FormType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Service task "Record the follow-up" of {@code survey-follow-up}: the leader's outcome and note, for each
 * low-rated response the follow-up holds (a response that joined while the task was open included); the
 * salesperson's next low rating in the cycle opens a new one.
 */
@Named("recordFollowUp")
@ApplicationScoped
public class RecordFollowUp implements JavaDelegate {

    @Inject
    private SurveyCycles cycles;

    @Inject
    private DecisionRecorder decisions;

    @Override
    public void execute(DelegateExecution execution) {
        SurveyCycleProcess.FollowUpSubject subject = SurveyCycleProcess.followUpSubject(execution::getVariable);
        if (subject.followUpId() != null) {
            cycles.closeFollowUp(subject.followUpId(), EngineTime.now()); // first: what joins from now on opens a new one
        }
        List<Long> responses = subject.followUpId() == null ? List.of(subject.invitationId())
                : cycles.followUpResponses(subject.followUpId());
        FollowUpForm followUp = FormType.read(FollowUpForm.class, execution::getVariable);
        for (long invitationId : responses) {
            decisions.record(execution,
                    Decision.of(DecisionType.FOLLOW_UP_RECORDED, "survey-response", Long.toString(invitationId))
                    .outcome(followUp.outcome().name().toLowerCase(Locale.ROOT)).reason(followUp.summary()));
        }
    }
}
