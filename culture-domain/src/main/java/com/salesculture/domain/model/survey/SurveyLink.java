package com.salesculture.domain.model.survey;

import com.salesculture.domain.model.program.ProgramId;
import java.time.Instant;

/**
 * What a customer's link opens, read in one go: the invitation and, of its cycle, what reading and
 * answering the survey need (a customer's request loads no cycle entity).
 */
public record SurveyLink(Invitation invitation, ProgramId programId, long charterId, SurveyCycleStatus cycleStatus,
                         Instant closesAt) {

    /** Whether the link may be answered at that moment (its cycle's rule). */
    public boolean acceptsAnswersAt(Instant now) {
        return SurveyCycle.acceptsAnswers(cycleStatus, closesAt, now);
    }
}
