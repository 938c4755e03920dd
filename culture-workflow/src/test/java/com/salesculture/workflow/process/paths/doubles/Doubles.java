package com.salesculture.workflow.process.paths.doubles;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * One stand-in per bean name the models call; each field is named as its bean. Fresh for every test.
 */
public final class Doubles {

    // culture-program
    public final RecordingDelegate recordIntentApproved = new RecordingDelegate();
    public final SurveyCadenceDouble surveyCadence = new SurveyCadenceDouble();
    public final PayPeriodStepsDouble payPeriod = new PayPeriodStepsDouble();
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
    public final SurveyCycleStepsDouble surveyCycle = new SurveyCycleStepsDouble();
    public final ReviewStepsDouble performanceReview = new ReviewStepsDouble();
    // exit-approval, deliverable-at-risk, task-deadlines
    public final ExitCaseStepsDouble exitCase = new ExitCaseStepsDouble();
    public final DeliverableRiskStepsDouble deliverableRisk = new DeliverableRiskStepsDouble();
    public final RecordingDelegate checkTaskDeadlines = new RecordingDelegate();

    /** Registers every field under its name, so a bean name and its stand-in cannot drift apart. */
    public void register() {
        for (Field field : Doubles.class.getFields()) {
            try {
                Mocks.register(field.getName(), field.get(this));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
