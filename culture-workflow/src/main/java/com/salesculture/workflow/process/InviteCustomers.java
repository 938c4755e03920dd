package com.salesculture.workflow.process;

import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.domain.model.survey.SurveyCycle;
import com.salesculture.domain.model.survey.SurveyCycles;
import com.salesculture.workflow.application.EngineTime;
import com.salesculture.workflow.notification.InvitationMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task "Invite customers" of {@code survey-cycle}: the invitation rows, in one statement; the mailer sends them. */
@Named("inviteCustomers")
@ApplicationScoped
public class InviteCustomers implements JavaDelegate {

    @Inject
    private SurveyCycles cycles;

    @Inject
    private ProgramRepository programs;

    @Inject
    private InvitationMailer mailer;

    @Override
    public void execute(DelegateExecution execution) {
        SurveyCycle cycle = cycles.require(SurveyCycleProcess.cycleId(execution));
        Instant now = EngineTime.now();
        int fatigueDays = programs.require(cycle.programId()).surveySettings().fatigueDays();
        cycle.invited(cycles.invite(cycle, now, now.minus(Duration.ofDays(fatigueDays))));
        mailer.wakeUpAfterCommit();
    }
}
