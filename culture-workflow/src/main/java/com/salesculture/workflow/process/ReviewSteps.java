package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.review.PerformanceReview;
import com.salesculture.domain.model.review.PerformanceReviews;
import com.salesculture.domain.model.review.PlanFollowUp;
import com.salesculture.domain.model.review.RecoveryPlan;
import com.salesculture.domain.model.review.ReviewInputs;
import com.salesculture.domain.model.review.ReviewOutcome;
import com.salesculture.domain.model.salesforce.SalesForce;
import com.salesculture.domain.model.salesforce.Salesperson;
import com.salesculture.domain.model.salesforce.SalespersonStatus;
import com.salesculture.domain.model.shared.NotFoundException;
import com.salesculture.domain.model.survey.CycleScore;
import com.salesculture.domain.model.survey.Score;
import com.salesculture.domain.model.survey.SurveyCycle;
import com.salesculture.domain.model.survey.SurveyCycleId;
import com.salesculture.domain.model.survey.SurveyCycleStatus;
import com.salesculture.domain.model.survey.SurveyCycles;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import com.salesculture.workflow.form.FormType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The service tasks of {@code performance-review} (and the step of {@code survey-cycle} that starts
 * one per salesperson): gather the scores and follow up an open recovery plan, record the DMN
 * decision's recommendation, the leader's conclusion, the plan, the acknowledgement.
 */
@Named("performanceReview")
@ApplicationScoped
public class ReviewSteps {

    @Inject
    private PerformanceReviews reviews;

    @Inject
    private SurveyCycles cycles;

    @Inject
    private SalesForce salesForce;

    @Inject
    private DecisionRecorder decisions;

    /**
     * "Start the reviews", after a cycle's scores were published: one per salesperson the cycle
     * surveyed (every one still in the sales force with customers) who has not left since.
     */
    public void startReviews(DelegateExecution execution) {
        SurveyCycleId cycleId = SurveyCycleProcess.cycleId(execution);
        var runtime = execution.getProcessEngineServices().getRuntimeService();
        cycles.surveyedSalespeople(cycleId).stream()
                .map(salesForce::salesperson).flatMap(Optional::stream)
                .filter(salesperson -> salesperson.status() != SalespersonStatus.EXITED)
                .forEach(salesperson -> runtime.startProcessInstanceByKey(ReviewProcess.KEY,
                        execution.getProcessBusinessKey(),
                        ReviewProcess.startVariables(cycleId.value(), salesperson.id())));
    }

    /**
     * "Gather the scores": this cycle's and the previous published cycle's scores of the salesperson,
     * and the follow-up of their open recovery plan, as the decision's inputs.
     */
    public void gather(DelegateExecution execution) {
        long cycleId = ReviewProcess.cycleId(execution);
        long salespersonId = ReviewProcess.salespersonId(execution);
        SurveyCycle cycle = cycles.find(new SurveyCycleId(cycleId))
                .orElseThrow(() -> new NotFoundException("survey.cycle.notFound", cycleId));
        Optional<PerformanceReview> existing = reviews.of(cycleId, salespersonId);
        String leader = salesperson(salespersonId).manager();
        if (existing.isPresent()) { // a retried job: the review was gathered already
            ReviewProcess.gathered(execution, existing.get().id(), existing.get().inputs(), leader);
            return;
        }
        Map<Integer, List<Score>> byCycle = cycles.history(cycle.programId(), salespersonId).stream()
                .filter(point -> point.cycleId().value() == cycleId || point.status() == SurveyCycleStatus.PUBLISHED)
                .collect(Collectors.groupingBy(CycleScore::cycleNumber,
                        Collectors.mapping(CycleScore::score, Collectors.toList())));
        List<Score> current = byCycle.getOrDefault(cycle.number(), List.of());
        List<Score> previous = byCycle.keySet().stream().filter(number -> number < cycle.number())
                .max(Integer::compare).map(byCycle::get).orElse(List.of());
        Instant now = EngineTime.now();
        PlanFollowUp followUp = reviews.openPlan(salespersonId)
                .map(plan -> followUp(plan, cycleId, current, now, execution))
                .orElse(PlanFollowUp.NONE);
        ReviewInputs inputs = ReviewInputs.of(current, previous, followUp);
        PerformanceReview review = reviews.add(new PerformanceReview(cycle.programId().value(), cycleId, salespersonId,
                inputs, execution.getProcessInstanceId(), now));
        ReviewProcess.gathered(execution, review.id(), inputs, leader);
    }

    private PlanFollowUp followUp(RecoveryPlan plan, long cycleId, List<Score> scores, Instant now,
                                  DelegateExecution execution) {
        PlanFollowUp result = plan.followUp(cycleId, scores.stream()
                .collect(Collectors.toMap(Score::valueId, Function.identity())), now);
        if (result != PlanFollowUp.OPEN) {
            if (result == PlanFollowUp.SUCCEEDED) {
                salesperson(plan.salespersonId()).recovered();
            }
            decisions.record(execution,
                    Decision.of(DecisionType.RECOVERY_PLAN_CLOSED, "salesperson", Long.toString(plan.salespersonId()))
                    .outcome(result.code())
                    .reason("Follow-up of recovery plan " + plan.id() + " at survey cycle " + cycleId).bySystem());
        }
        return result;
    }

    /** "Record the recommendation" the DMN decision made. */
    public void recommend(DelegateExecution execution) {
        ReviewProcess.Recommendation recommended = ReviewProcess.recommendation(execution);
        PerformanceReview review = review(execution);
        review.recommend(ReviewOutcome.ofCode(recommended.code()).orElseThrow(() ->
                new IllegalStateException("The decision recommended the unknown outcome " + recommended.code())),
                recommended.rationale());
        decisions.record(execution,
                Decision.of(DecisionType.REVIEW_RECOMMENDED, "salesperson", Long.toString(review.salespersonId()))
                .outcome(recommended.code()).reason(recommended.rationale()).bySystem());
    }

    /** "Record the outcome" a sales leader concluded; says whether a plan is to be drafted and who acknowledges. */
    public void conclude(DelegateExecution execution) {
        PerformanceReview review = review(execution);
        ReviewConfirmationForm confirmation = FormType.read(ReviewConfirmationForm.class, execution::getVariable);
        boolean override = confirmation.decision() == ReviewConfirmationForm.Decision.OVERRIDE;
        ReviewOutcome outcome = override ? confirmation.outcome() : review.recommendation();
        String reason = confirmation.reason();
        boolean planNeeded = outcome == ReviewOutcome.RECOVERY && reviews.openPlan(review.salespersonId()).isEmpty();
        String acknowledger = salesperson(review.salespersonId()).username();
        String actor = ApprovalSteps.actor(execution);
        review.conclude(outcome, reason, actor, EngineTime.now(), planNeeded, acknowledger != null);
        decisions.record(execution,
                Decision.of(review.overridden() ? DecisionType.REVIEW_OVERRIDDEN : DecisionType.REVIEW_CONFIRMED,
                "salesperson", Long.toString(review.salespersonId()))
                .outcome(outcome.code()).reason(reason));
        execution.setVariable(ReviewProcess.PLAN_NEEDED, planNeeded);
        execution.setVariable(ReviewProcess.ACKNOWLEDGER, acknowledger);
    }

    /** "Open the recovery plan" the leader drafted (the completion rule checked it is complete). */
    public void openPlan(DelegateExecution execution) {
        PerformanceReview review = review(execution);
        RecoveryPlan plan = reviews.planOf(review.id()).orElseThrow(() -> new IllegalStateException(
                "Review " + review.id() + " has no recovery plan"));
        plan.open();
        salesperson(review.salespersonId()).enterRecovery();
        review.planDrafted(execution.getVariable(ReviewProcess.ACKNOWLEDGER) != null);
        decisions.record(execution,
                Decision.of(DecisionType.RECOVERY_PLAN_OPENED, "salesperson", Long.toString(review.salespersonId()))
                .outcome("opened").reason(plan.actions().size() + " actions, " + plan.criteria().size() + " criteria"));
    }

    /** "Record the acknowledgement" of the review and of its plan, if it has one. */
    public void acknowledged(DelegateExecution execution) {
        PerformanceReview review = review(execution);
        String actor = ApprovalSteps.actor(execution);
        Instant now = EngineTime.now();
        review.acknowledge(actor, now);
        reviews.planOf(review.id()).ifPresent(plan -> plan.acknowledge(now));
        decisions.record(execution,
                Decision.of(DecisionType.REVIEW_ACKNOWLEDGED, "salesperson", Long.toString(review.salespersonId()))
                .outcome("acknowledged").reason(FormType.read(AcknowledgeReviewForm.class, execution::getVariable).comment()));
    }

    private PerformanceReview review(DelegateExecution execution) {
        long id = ReviewProcess.reviewId(execution);
        return reviews.find(id).orElseThrow(() -> new NotFoundException("review.notFound", id));
    }

    private Salesperson salesperson(long id) {
        return salesForce.salesperson(id).orElseThrow(() -> new NotFoundException("salesperson.notFound", id));
    }
}
