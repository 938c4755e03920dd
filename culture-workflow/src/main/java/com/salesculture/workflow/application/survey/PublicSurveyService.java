package com.salesculture.workflow.application.survey;

import com.salesculture.domain.model.program.ValuesCharter;
import com.salesculture.domain.model.program.ValuesCharters;
import com.salesculture.domain.model.salesforce.SalesForce;
import com.salesculture.domain.model.salesforce.Salesperson;
import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.ExpiredException;
import com.salesculture.domain.model.shared.NotFoundException;
import com.salesculture.domain.model.survey.Invitation;
import com.salesculture.domain.model.survey.SurveyAnswer;
import com.salesculture.domain.model.survey.SurveyCycles;
import com.salesculture.domain.model.survey.SurveyLink;
import com.salesculture.domain.model.survey.SurveyToken;
import com.salesculture.workflow.application.EngineGateway;
import com.salesculture.workflow.application.EngineTime;
import com.salesculture.workflow.process.SurveyCycleProcess;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * What a customer may do with a personal link, without an account: read the survey and answer it
 * once while the cycle is open. An unknown link is 404, a used one 409, an expired one 410.
 */
@Stateless
@PermitAll
public class PublicSurveyService {

    /** How long a leader has for a follow-up on a low rating. */
    private static final Duration FOLLOW_UP_TIME = Duration.ofDays(5);

    @Inject
    private SurveyCycles cycles;

    @Inject
    private ValuesCharters charters;

    @Inject
    private SalesForce salesForce;

    @Inject
    private EngineGateway engine;

    public SurveyViews.Survey survey(String token) {
        SurveyLink link = answerable(token);
        Invitation invitation = link.invitation();
        ValuesCharter charter = charters.of(link.programId()).orElseThrow();
        return new SurveyViews.Survey(salesperson(invitation).name(), invitation.language().toLowerCase(),
                link.closesAt(), charter.values().stream().map(v -> new SurveyViews.SurveyValue(v.id(), v.name(),
                        v.statement(), v.behaviours())).toList());
    }

    /** The language a link's survey speaks (en, de), for pages that show its refusals too; null if unknown. */
    public String language(String token) {
        return SurveyToken.wellFormed(token) ? cycles.link(SurveyToken.hash(token))
                .map(link -> link.invitation().language().toLowerCase()).orElse(null) : null;
    }

    /**
     * Stores the answer; a rating of 2 or lower is filed for the salesperson's leader to follow up: with the
     * open follow-up of the salesperson in this cycle, or in a new one (its process starts here; its task is
     * made by a job, so the customer does not wait for it).
     *
     * @param ratings value id → rating as entered
     */
    public void answer(String token, Map<String, String> ratings, String comment) {
        SurveyLink link = answerable(token);
        Invitation invitation = link.invitation();
        SurveyAnswer answer = SurveyAnswer.check(ratings, comment, cycles.valueIds(link.charterId()));
        Instant now = EngineTime.now();
        if (answer.needsFollowUp()) {
            // before the response row: its foreign key share-locks the salesperson, and two such answers
            // asking for the follow-up lock next would deadlock (PostgreSQL)
            cycles.lockFollowUps(invitation.salespersonId());
        }
        if (!cycles.respond(invitation, answer, now)) {
            throw new ConflictException("survey.link.used");
        }
        if (answer.needsFollowUp()) {
            SurveyCycles.FollowUpFiling filed = cycles.fileForFollowUp(invitation.id(), invitation.cycleId(),
                    invitation.salespersonId(), now);
            if (filed.opened()) {
                Salesperson salesperson = salesperson(invitation);
                String leader = salesperson.manager() != null ? salesperson.manager() : salesperson.team().leader();
                engine.reader().getRuntimeService().startProcessInstanceByKey(SurveyCycleProcess.FOLLOW_UP_KEY,
                        link.programId().toString(), SurveyCycleProcess.followUpVariables(filed.followUpId(), leader,
                                Date.from(now.plus(FOLLOW_UP_TIME))));
            }
        }
    }

    /** A link that may be answered now: not answered yet, its cycle open. */
    private SurveyLink answerable(String token) {
        if (!SurveyToken.wellFormed(token)) {
            throw new NotFoundException("survey.link.unknown");
        }
        SurveyLink link = cycles.link(SurveyToken.hash(token))
                .orElseThrow(() -> new NotFoundException("survey.link.unknown"));
        if (link.invitation().answered()) {
            throw new ConflictException("survey.link.used");
        }
        if (!link.acceptsAnswersAt(EngineTime.now())) {
            throw new ExpiredException("survey.link.expired");
        }
        return link;
    }

    private Salesperson salesperson(Invitation invitation) {
        return salesForce.salesperson(invitation.salespersonId()).orElseThrow();
    }
}
