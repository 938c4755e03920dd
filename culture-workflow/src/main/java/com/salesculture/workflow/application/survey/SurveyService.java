package com.salesculture.workflow.application.survey;

import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.shared.PageRequest;
import com.salesculture.domain.model.survey.SurveyCycleId;
import com.salesculture.domain.model.survey.SurveySettings;
import java.util.List;
import java.util.Optional;

/**
 * Survey cycles and their scores. Sales leaders open cycles and set how a programme measures; the
 * leadership, HR, finance and auditors read every score; a salesperson reads only their own, once
 * published, and never an individual response.
 */
public interface SurveyService {

    /** Opens a cycle now (409 without approved values or while one is open). */
    SurveyViews.Cycle open(ProgramId programId);

    /** Ends an open cycle now instead of at its deadline (sales leaders); its scores follow. */
    SurveyViews.Cycle closeNow(SurveyCycleId cycleId);

    SurveySettings settings(ProgramId programId);

    /** New settings, checked here (after the caller's role): months between cycles, days open, reminder, rest. */
    SurveySettings changeSettings(ProgramId programId, Integer cadenceMonths, Integer openDays, Integer reminderDays,
                                  Integer fatigueDays);

    /** The programme's cycles, the latest first. */
    List<SurveyViews.Cycle> cycles(ProgramId programId);

    /** The signed-in salesperson's trend in the latest programme that scored them; empty when none has. */
    Optional<SurveyViews.Trend> ownLatestTrend();

    SurveyViews.Cycle cycle(SurveyCycleId cycleId);

    /** How the cycle's responses came in, day by day. */
    SurveyViews.Progress progress(SurveyCycleId cycleId);

    /**
     * The heatmap and team view of a cycle: one page of its salespeople, every team (a salesperson: only
     * their own row, once published).
     */
    SurveyViews.CycleScores scores(SurveyCycleId cycleId, PageRequest page);

    /** Where a salesperson's row is in the cycle's heatmap, from 0; empty when the cycle scores them not. */
    Optional<Integer> scoreRow(SurveyCycleId cycleId, long salespersonId);

    /** A salesperson's scores across the programme's cycles (a salesperson: only their own, published). */
    SurveyViews.Trend trend(ProgramId programId, long salespersonId);

    /** The salesperson the signed-in user is, if any. */
    java.util.Optional<Long> ownSalespersonId();

    /** Comments on a salesperson in a cycle, for leaders, withheld below 5 responses. */
    SurveyViews.Comments comments(SurveyCycleId cycleId, long salespersonId);

    /** Whom the published cycle recognises per value (everyone reads it; empty unless the plan asks for it). */
    List<SurveyViews.Recognised> recognition(SurveyCycleId cycleId);

    /** The cycle a task of a {@code survey-cycle} process is about. */
    java.util.Optional<SurveyViews.Cycle> cycleOfProcess(String processInstanceId);

    /** The low-rated responses a {@code survey-follow-up} process is about, in the order they came (leaders only). */
    List<SurveyViews.Response> followUpResponses(String processInstanceId);

    /** A response a follow-up task is about (leaders only). */
    SurveyViews.Response response(long invitationId);
}
