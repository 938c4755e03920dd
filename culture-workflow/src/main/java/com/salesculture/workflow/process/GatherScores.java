package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.review.PerformanceReview;
import com.salesculture.domain.model.review.PerformanceReviews;
import com.salesculture.domain.model.review.PlanFollowUp;
import com.salesculture.domain.model.review.RecoveryPlan;
import com.salesculture.domain.model.review.ReviewInputs;
import com.salesculture.domain.model.salesforce.SalesForce;
import com.salesculture.domain.model.survey.CycleScore;
import com.salesculture.domain.model.survey.Score;
import com.salesculture.domain.model.survey.SurveyCycle;
import com.salesculture.domain.model.survey.SurveyCycleId;
import com.salesculture.domain.model.survey.SurveyCycleStatus;
import com.salesculture.domain.model.survey.SurveyCycles;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
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
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Service task "Gather the scores and follow up the recovery plan" of {@code performance-review}: this
 * cycle's and the previous published cycle's scores of the salesperson, and the follow-up of their open
 * recovery plan, as the inputs of the decision {@code performance-recommendation}.
 */
@Named("gatherScores")
@ApplicationScoped
public class GatherScores implements JavaDelegate {

    @Inject
    private PerformanceReviews reviews;

    @Inject
    private SurveyCycles cycles;

    @Inject
    private SalesForce salesForce;

    @Inject
    private DecisionRecorder decisions;

    @Override
    public void execute(DelegateExecution execution) {
        long cycleId = ReviewProcess.cycleId(execution);
        long salespersonId = ReviewProcess.salespersonId(execution);
        SurveyCycle cycle = cycles.require(new SurveyCycleId(cycleId));
        Optional<PerformanceReview> existing = reviews.of(cycleId, salespersonId);
        String leader = salesForce.require(salespersonId).manager();
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
                salesForce.require(plan.salespersonId()).recovered();
            }
            decisions.record(execution,
                    Decision.of(DecisionType.RECOVERY_PLAN_CLOSED, "salesperson", Long.toString(plan.salespersonId()))
                    .outcome(result.code())
                    .reason("Follow-up of recovery plan " + plan.id() + " at survey cycle " + cycleId).bySystem());
        }
        return result;
    }
}
