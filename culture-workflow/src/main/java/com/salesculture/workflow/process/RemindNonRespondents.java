package com.salesculture.workflow.process;

import com.salesculture.domain.model.survey.SurveyCycle;
import com.salesculture.domain.model.survey.SurveyCycles;
import com.salesculture.workflow.application.EngineTime;
import com.salesculture.workflow.notification.InvitationMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task "Remind non-respondents" of {@code survey-cycle}: a second link to everyone invited who has not answered. */
@Named("remindNonRespondents")
@ApplicationScoped
public class RemindNonRespondents implements JavaDelegate {

    @Inject
    private SurveyCycles cycles;

    @Inject
    private InvitationMailer mailer;

    @Override
    public void execute(DelegateExecution execution) {
        SurveyCycle cycle = cycles.require(SurveyCycleProcess.cycleId(execution));
        if (cycle.remindsAt(EngineTime.now())) {
            cycles.requestReminders(cycle.cycleId());
            mailer.wakeUpAfterCommit();
        }
    }
}
