package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.program.CompPlan;
import com.salesculture.domain.model.program.CompPlans;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.domain.model.shared.NotFoundException;
import com.salesculture.domain.model.survey.Recognition;
import com.salesculture.domain.model.survey.SurveyCycle;
import com.salesculture.domain.model.survey.SurveyCycleId;
import com.salesculture.domain.model.survey.SurveyCycles;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import com.salesculture.workflow.form.FormType;
import com.salesculture.workflow.notification.InvitationMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The service tasks of {@code survey-cycle} and {@code survey-follow-up}, each a thin step on the
 * cycle's rows: invite, remind, close, score, publish, record a follow-up.
 */
@Named("surveyCycle")
@ApplicationScoped
public class SurveyCycleSteps {

    @Inject
    private SurveyCycles cycles;

    @Inject
    private ProgramRepository programs;

    @Inject
    private DecisionRecorder decisions;

    @Inject
    private CompPlans plans;

    @Inject
    private InvitationMailer mailer;

    /** "Invite customers": the invitation rows, in one statement; the mailer sends them. */
    public void invite(DelegateExecution execution) {
        SurveyCycle cycle = cycle(execution);
        Instant now = EngineTime.now();
        int fatigueDays = programs.require(cycle.programId()).surveySettings().fatigueDays();
        cycle.invited(cycles.invite(cycle, now, now.minus(Duration.ofDays(fatigueDays))));
        mailer.wakeUpAfterCommit();
    }

    /** "Remind non-respondents": a second link to everyone invited who has not answered. */
    public void remind(DelegateExecution execution) {
        SurveyCycle cycle = cycle(execution);
        if (cycle.remindsAt(EngineTime.now())) {
            cycles.requestReminders(cycle.cycleId());
            mailer.wakeUpAfterCommit();
        }
    }

    /** "Close the cycle": its links stop answering. */
    public void close(DelegateExecution execution) {
        SurveyCycle cycle = cycle(execution);
        cycle.close(EngineTime.now());
        decisions.record(execution,
                Decision.of(DecisionType.SURVEY_CYCLE_CLOSED, "survey-cycle", cycle.cycleId().toString())
                .outcome("closed")
                .reason(cycles.responded(cycle.cycleId()) + " of " + cycle.invitedCount() + " invited responded")
                .bySystem());
    }

    /** "Compute scores": per salesperson × value, from the ratings. */
    public void computeScores(DelegateExecution execution) {
        SurveyCycle cycle = cycle(execution);
        cycles.computeScores(cycle.cycleId(), cycle.charterId());
    }

    /** "Publish scores", after a sales leader reviewed them: salespeople now see their own. */
    public void publish(DelegateExecution execution) {
        SurveyCycle cycle = cycle(execution);
        String actor = ApprovalSteps.actor(execution);
        cycle.publish(actor, EngineTime.now());
        decisions.record(execution,
                Decision.of(DecisionType.SCORES_PUBLISHED, "survey-cycle", cycle.cycleId().toString())
                .outcome("published").reason(FormType.read(SubmitForm.class, execution::getVariable).note()));
        if (plans.inForce(cycle.programId()).map(CompPlan::recognition).orElse(false)) {
            List<Recognition> recognised = Recognition.of(cycles.scores(cycle.cycleId()));
            cycles.recognise(cycle.cycleId(), recognised);
            decisions.record(execution,
                    Decision.of(DecisionType.RECOGNITION_PUBLISHED, "survey-cycle", cycle.cycleId().toString())
                    .outcome("recognised " + recognised.stream().map(Recognition::salespersonId).distinct().count()
                            + " salespeople"));
        }
    }

    /**
     * "Record the follow-up": the leader's outcome and note, for each low-rated response the follow-up holds
     * (a response that joined while the task was open included); the salesperson's next low rating in the
     * cycle opens a new one.
     */
    public void recordFollowUp(DelegateExecution execution) {
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

    private SurveyCycle cycle(DelegateExecution execution) {
        SurveyCycleId id = SurveyCycleProcess.cycleId(execution);
        return cycles.find(id).orElseThrow(() -> new NotFoundException("survey.cycle.notFound", id));
    }
}
