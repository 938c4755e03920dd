package com.salesculture.domain.model.survey;

import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.shared.NotFoundException;
import com.salesculture.domain.model.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The survey cycles with their invitations, responses and scores. The rows of a cycle are written
 * and read in bulk (set-based SQL and batches), never one process instance or entity per row.
 */
public interface SurveyCycles {

    SurveyCycle add(SurveyCycle cycle);

    Optional<SurveyCycle> find(SurveyCycleId id);

    default SurveyCycle require(SurveyCycleId id) {
        return find(id).orElseThrow(() -> new NotFoundException("survey.cycle.notFound", id));
    }

    /** The cycle a {@code survey-cycle} process instance runs. */
    Optional<SurveyCycle> runBy(String processInstanceId);

    /** A programme's cycles, the latest first. */
    List<SurveyCycle> ofProgram(ProgramId programId);

    /**
     * Invites every active contact of every salesperson still in the sales force (active or in
     * recovery) who was not invited since {@code restedSince}.
     *
     * @return the number of invitations
     */
    int invite(SurveyCycle cycle, Instant now, Instant restedSince);

    /**
     * Links due now in open cycles, by invitation id from {@code afterId} on: first invitations, or
     * (with {@code reminders}) the requested reminders of those who have not answered; none that a
     * sender claimed since {@code claimsFrom}.
     */
    List<InvitationMail> dueMail(boolean reminders, long afterId, int limit, Instant claimsFrom);

    /**
     * Claims the links' invitations for one sender (named by its node, {@code claimant}) and stores the
     * links (only the hashes of their tokens) before any mail leaves, so that every link a mail may
     * carry answers. An invitation another sender claimed since {@code claimsFrom}, or that was mailed
     * meanwhile, is left out.
     *
     * @return the links whose invitations this sender now holds
     */
    List<IssuedLink> claim(List<IssuedLink> links, String claimant, Instant now, Instant claimsFrom);

    /**
     * Frees the invitations a node claimed before it stopped or died, at its start: they are mailed
     * again without waiting for the claim to lapse.
     *
     * @return the number of invitations freed
     */
    int releaseMailClaims(String claimant);

    /**
     * Marks the links the mail server took as mailed and releases the claims of the others, which are
     * mailed again later with new links.
     */
    void mailed(List<IssuedLink> handed, List<IssuedLink> notHanded, Instant now);

    /** Asks for a reminder to every invited contact of the cycle who has not answered. */
    int requestReminders(SurveyCycleId cycleId);

    /** The link of a token hash (any link its invitation was ever mailed with), with its cycle's state. */
    Optional<SurveyLink> link(String tokenHash);

    /**
     * Stores the answer to an invitation unless it was answered meanwhile.
     *
     * @return false when the invitation had been answered already (nothing stored)
     */
    boolean respond(Invitation invitation, SurveyAnswer answer, Instant now);

    /** Computes the scores of a cycle from its ratings (again, if they existed). */
    void computeScores(SurveyCycleId cycleId, long charterId);

    /** Every score of a cycle, by salesperson; salespeople without answers have empty scores. */
    List<SalespersonScore> scores(SurveyCycleId cycleId);

    /** One page of {@link #scores(SurveyCycleId)}, counted in salespeople: each row with all its values. */
    List<SalespersonScore> scores(SurveyCycleId cycleId, PageRequest page);

    /** Where a salesperson's row is among a cycle's (from 0, in the order of the scores); empty when it scores them not. */
    Optional<Integer> rowOf(SurveyCycleId cycleId, long salespersonId);

    /** Each team's scores of the cycle, value by value, in the order of the scores; every scored salesperson in one team. */
    List<TeamScore> teamScores(SurveyCycleId cycleId);

    /** The scores of a salesperson in each cycle of a programme, oldest cycle first. */
    List<CycleScore> history(ProgramId programId, long salespersonId);

    /** The programmes in which a salesperson has scores, the one with the latest cycle first. */
    List<ProgramId> programsScored(long salespersonId);

    /** The ids of an approved values charter's values, in its order (what a survey asks to rate). */
    List<Long> valueIds(long charterId);

    long responded(SurveyCycleId cycleId);

    /** The salespeople whose customers the cycle invited (those it can say something about). */
    List<Long> surveyedSalespeople(SurveyCycleId cycleId);

    /** How many customers of one salesperson answered in the cycle. */
    long responded(SurveyCycleId cycleId, long salespersonId);

    /** How many answered on each day (UTC) of the cycle, in order. */
    java.util.Map<java.time.LocalDate, Long> respondedByDay(SurveyCycleId cycleId);

    /** How many of the cycle's invitations were handed to the mail server. */
    long mailed(SurveyCycleId cycleId);

    /** The comments customers left on a salesperson in a cycle, newest first. */
    List<String> comments(SurveyCycleId cycleId, long salespersonId);

    Optional<Response> response(long invitationId);

    /**
     * Files a low-rated response with its salesperson's open follow-up of its cycle, or opens one for it
     * ({@link FollowUpFiling#opened()}: the caller starts its process). Serialised per salesperson (their row
     * is locked until commit), so responses arriving together join one follow-up, never open two.
     */
    FollowUpFiling fileForFollowUp(long invitationId, SurveyCycleId cycleId, long salespersonId, Instant now);

    /** Takes the salesperson's follow-up lock (their row) until commit, before anything else locks it. */
    void lockFollowUps(long salespersonId);

    /** Where a response was filed: the follow-up's id and whether this response opened it. */
    record FollowUpFiling(long followUpId, boolean opened) {
    }

    /** The responses (invitation ids) a follow-up holds, in the order they came. */
    List<Long> followUpResponses(long followUpId);

    /** The follow-up a response was filed with, if any (responses of before grouping were not). */
    Optional<Long> followUpOf(long invitationId);

    /** The leader recorded it: later low ratings of the salesperson in the cycle open a new one. */
    void closeFollowUp(long followUpId, Instant now);

    /** Keeps whom the cycle's publication recognises. */
    void recognise(SurveyCycleId cycleId, List<Recognition> recognised);

    /** Whom the cycle recognised, by value and name. */
    List<Recognition> recognised(SurveyCycleId cycleId);
}
