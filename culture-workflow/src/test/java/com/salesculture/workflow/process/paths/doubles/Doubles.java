package com.salesculture.workflow.process.paths.doubles;

import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The stand-ins of every delegate the models name, fresh for every test. A process's delegates share
 * one double, so a test reads what its process asked, in order.
 */
public final class Doubles {

    // culture-program
    public final RecordingDelegate recordIntentApproved = new RecordingDelegate();
    public final SurveyCadenceDouble surveyCadence = new SurveyCadenceDouble();
    public final PayPeriodDouble payPeriod = new PayPeriodDouble();
    // strategic-intent
    public final RecordingDelegate submitIntent = new RecordingDelegate();
    public final RecordingDelegate recordIntentDecision = new RecordingDelegate();
    // values-selection and values-acknowledgement
    public final RecordingDelegate submitValues = new RecordingDelegate();
    public final RecordingDelegate recordValuesDecision = new RecordingDelegate();
    public final ValuesAcknowledgementsDouble valuesAcknowledgements = new ValuesAcknowledgementsDouble();
    public final RecordAcknowledgementDouble recordAcknowledgement = new RecordAcknowledgementDouble();
    // comp-plan-approval
    public final RecordingDelegate submitPlan = new RecordingDelegate();
    public final RecordPlanReviewDouble recordPlanReview = new RecordPlanReviewDouble();
    public final CheckPlanReviewsDouble checkPlanReviews = new CheckPlanReviewsDouble(recordPlanReview);
    public final RecordingDelegate recordPlanDecision = new RecordingDelegate();
    // survey-cycle, survey-follow-up, performance-review
    public final SurveyCycleDouble surveyCycle = new SurveyCycleDouble();
    public final PerformanceReviewDouble performanceReview = new PerformanceReviewDouble();
    // exit-approval, deliverable-at-risk, task-deadlines
    public final ExitCaseDouble exitCase = new ExitCaseDouble();
    public final DeliverableRiskDouble deliverableRisk = new DeliverableRiskDouble();
    public final RecordingDelegate checkTaskDeadlines = new RecordingDelegate();

    /** Each delegate's name, as the models call it, and its stand-in. */
    private Map<String, Object> delegates() {
        return Map.ofEntries(
                Map.entry("recordIntentApproved", recordIntentApproved),
                Map.entry("scheduleSurveyCycle", (JavaDelegate) surveyCadence::schedule),
                Map.entry("openSurveyCycle", (JavaDelegate) surveyCadence::open),
                Map.entry("closeProgramme", (JavaDelegate) surveyCadence::close),
                Map.entry("openFirstPayPeriod", (JavaDelegate) payPeriod::openFirst),
                Map.entry("openNextPayPeriod", (JavaDelegate) payPeriod::openNext),
                Map.entry("draftPayStatements", (JavaDelegate) payPeriod::draft),
                Map.entry("recordFinanceCheck", (JavaDelegate) execution -> payPeriod.checked(execution, "finance")),
                Map.entry("recordHrCheck", (JavaDelegate) execution -> payPeriod.checked(execution, "hr")),
                Map.entry("recordPayDecision", (JavaDelegate) payPeriod::decided),
                Map.entry("submitIntent", submitIntent),
                Map.entry("recordIntentDecision", recordIntentDecision),
                Map.entry("submitValues", submitValues),
                Map.entry("recordValuesDecision", recordValuesDecision),
                Map.entry("askAcknowledgements", (JavaDelegate) valuesAcknowledgements::askSalesForce),
                Map.entry("recordAcknowledgement", recordAcknowledgement),
                Map.entry("submitPlan", submitPlan),
                Map.entry("recordPlanReview", recordPlanReview),
                Map.entry("checkPlanReviews", checkPlanReviews),
                Map.entry("recordPlanDecision", recordPlanDecision),
                Map.entry("inviteCustomers", (JavaDelegate) surveyCycle::invite),
                Map.entry("remindNonRespondents", (JavaDelegate) surveyCycle::remind),
                Map.entry("closeSurveyCycle", (JavaDelegate) surveyCycle::close),
                Map.entry("computeScores", (JavaDelegate) surveyCycle::computeScores),
                Map.entry("publishScores", (JavaDelegate) surveyCycle::publish),
                Map.entry("recordFollowUp", (JavaDelegate) surveyCycle::recordFollowUp),
                Map.entry("startReviews", (JavaDelegate) performanceReview::startReviews),
                Map.entry("gatherScores", (JavaDelegate) performanceReview::gather),
                Map.entry("recordRecommendation", (JavaDelegate) performanceReview::recommend),
                Map.entry("recordReviewOutcome", (JavaDelegate) performanceReview::conclude),
                Map.entry("openRecoveryPlan", (JavaDelegate) performanceReview::openPlan),
                Map.entry("recordReviewAcknowledgement", (JavaDelegate) performanceReview::acknowledged),
                Map.entry("enterExitStage", (ExecutionListener) exitCase::stage),
                Map.entry("recordExitHrReview", (JavaDelegate) exitCase::hrReviewed),
                Map.entry("recordExitEvidence", (JavaDelegate) exitCase::evidenceAdded),
                Map.entry("recordExitDecision", (JavaDelegate) exitCase::executiveDecided),
                Map.entry("closeExitCase", (JavaDelegate) exitCase::close),
                Map.entry("recordExitCancellation", (JavaDelegate) exitCase::cancelled),
                Map.entry("recordDeliverableResponse", (JavaDelegate) deliverableRisk::responded),
                Map.entry("checkTaskDeadlines", checkTaskDeadlines));
    }

    /** Registers every stand-in under its delegate's name; {@code DelegateNamesTest} holds the names to the models and the code. */
    public void register() {
        delegates().forEach(Mocks::register);
    }

    /** The names of every delegate a model may call. */
    public static java.util.Set<String> names() {
        return new Doubles().delegates().keySet();
    }
}
