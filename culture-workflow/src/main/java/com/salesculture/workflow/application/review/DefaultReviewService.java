package com.salesculture.workflow.application.review;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.program.CultureValue;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ValuesCharters;
import com.salesculture.domain.model.review.PerformanceReview;
import com.salesculture.domain.model.review.PerformanceReviews;
import com.salesculture.domain.model.review.RecoveryPlan;
import com.salesculture.domain.model.review.RecoveryPlanInput;
import com.salesculture.domain.model.review.RecoveryPlanRules;
import com.salesculture.domain.model.review.ReviewStatus;
import com.salesculture.domain.model.salesforce.SalesForce;
import com.salesculture.domain.model.salesforce.Salesperson;
import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.NotAllowedException;
import com.salesculture.domain.model.shared.Page;
import com.salesculture.domain.model.shared.PageRequest;
import com.salesculture.domain.model.survey.Score;
import com.salesculture.domain.model.survey.SurveyCycleId;
import com.salesculture.domain.model.survey.SurveyCycles;
import com.salesculture.workflow.application.Actor;
import com.salesculture.workflow.application.CurrentActor;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineGateway;
import com.salesculture.workflow.application.EngineTime;
import com.salesculture.workflow.application.inbox.TaskActionService;
import com.salesculture.workflow.application.inbox.TaskInboxService;
import com.salesculture.workflow.process.ReviewProcess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.task.Task;

@Stateless
@Local(ReviewService.class)
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.AUDITOR,
        Role.Names.SALESPERSON, Role.Names.ADMIN})
public class DefaultReviewService implements ReviewService {

    @Inject
    private PerformanceReviews reviews;

    @Inject
    private SurveyCycles cycles;

    @Inject
    private ValuesCharters charters;

    @Inject
    private SalesForce salesForce;

    @Inject
    private EngineGateway engine;

    @Inject
    private CurrentActor currentActor;

    @EJB
    private TaskInboxService inbox;

    @EJB
    private TaskActionService tasks;

    @Inject
    private DecisionRecorder decisions;

    @Override
    public List<ReviewViews.Summary> list(Long cycleId, Long salespersonId) {
        Long own = ownSalespersonId(currentActor.get());
        if (own != null && salespersonId != null && !own.equals(salespersonId)) {
            throw new NotAllowedException("review.onlyOwn");
        }
        List<PerformanceReview> found = reviews.list(cycleId, own != null ? own : salespersonId);
        Map<Long, Integer> cycleNumbers = new HashMap<>();
        Map<Long, Salesperson> people = new HashMap<>();
        return found.stream().map(review -> summary(review, cycleNumbers, people)).toList();
    }

    @Override
    public Page<ReviewViews.Summary> list(Long cycleId, Long salespersonId, PageRequest page) {
        Long own = ownSalespersonId(currentActor.get());
        if (own != null && salespersonId != null && !own.equals(salespersonId)) {
            throw new NotAllowedException("review.onlyOwn");
        }
        Map<Long, Integer> cycleNumbers = new HashMap<>();
        Map<Long, Salesperson> people = new HashMap<>();
        return reviews.list(cycleId, own != null ? own : salespersonId, page)
                .map(review -> summary(review, cycleNumbers, people));
    }

    @Override
    public ReviewViews.Detail get(long id) {
        PerformanceReview review = require(id);
        Map<Long, String> valueNames = valueNames(review.programId());
        List<ReviewViews.ValueScore> scores = cycles.history(new ProgramId(review.programId()), review.salespersonId())
                .stream().filter(point -> point.cycleId().value() == review.cycleId())
                .map(point -> valueScore(point.score(), valueNames)).toList();
        var inputs = review.inputs();
        Optional<Task> open = openTask(review);
        return new ReviewViews.Detail(summary(review, new HashMap<>(), new HashMap<>()), scores,
                new ReviewViews.DecisionInputs(inputs.lowestConsistency(), inputs.trend(), inputs.sampleSufficient(),
                        inputs.recoveryPlan().code(), matchedRule(review)),
                review.rationale(), review.overrideReason(), review.confirmedBy(), review.confirmedAt(),
                review.acknowledgedBy(), review.acknowledgedAt(),
                reviews.planOf(review.id()).map(ReviewViews.Plan::of).orElse(null),
                open.map(Task::getTaskDefinitionKey).orElse(null), open.map(Task::getId).orElse(null));
    }

    @Override
    public Optional<Long> idOfProcess(String processInstanceId) {
        return reviews.runBy(processInstanceId).map(PerformanceReview::id);
    }

    @Override
    @RolesAllowed(Role.Names.SALES_LEADER)
    public ReviewViews.Detail confirm(long id, Map<String, ?> form) {
        completeStep(require(id), ReviewProcess.CONFIRM_TASK, form);
        return get(id);
    }

    @Override
    @RolesAllowed(Role.Names.SALES_LEADER)
    public ReviewViews.Detail savePlan(long id, RecoveryPlanInput input) {
        PerformanceReview review = require(id);
        Task draftTask = openTask(review).filter(open -> ReviewProcess.PLAN_TASK.equals(open.getTaskDefinitionKey()))
                .filter(open -> review.status() == ReviewStatus.AWAITING_PLAN)
                .orElseThrow(() -> new ConflictException("review.plan.notAwaited"));
        inbox.requireWorkable(draftTask.getId()); // the draft is the work of whom its task is with
        var checked = RecoveryPlanRules.check(input, valueNames(review.programId()), LocalDate.now(ZoneOffset.UTC));
        Actor actor = currentActor.get();
        java.time.Instant now = EngineTime.now();
        RecoveryPlan plan = reviews.planOf(id).orElseGet(() ->
                reviews.addPlan(new RecoveryPlan(id, review.salespersonId(), actor.username(), now)));
        plan.revise(checked.actions(), checked.criteria(), actor.username(), now);
        decisions.record(Decision.of(DecisionType.RECOVERY_PLAN_DRAFTED, "salesperson",
                Long.toString(review.salespersonId()))
                .outcome("drafted").reason(plan.actions().size() + " actions, " + plan.criteria().size() + " criteria")
                .process(review.processInstanceId()).task(draftTask.getId()));
        return get(id);
    }

    @Override
    @RolesAllowed(Role.Names.SALES_LEADER)
    public ReviewViews.Detail submitPlan(long id) {
        completeStep(require(id), ReviewProcess.PLAN_TASK, Map.of());
        return get(id);
    }

    @Override
    @RolesAllowed(Role.Names.SALESPERSON)
    public ReviewViews.Detail acknowledge(long id, String comment) {
        Map<String, Object> form = new HashMap<>();
        if (comment != null && !comment.isBlank()) {
            form.put("comment", comment);
        }
        completeStep(require(id), ReviewProcess.ACKNOWLEDGE_TASK, form);
        return get(id);
    }

    /** The review, if the caller may read it: a salesperson only their own. */
    private PerformanceReview require(long id) {
        PerformanceReview review = reviews.require(id);
        Long own = ownSalespersonId(currentActor.get());
        if (own != null && own != review.salespersonId()) {
            throw new NotAllowedException("review.onlyOwn");
        }
        return review;
    }

    /** The salesperson a caller is, when that is all they are (no leading or auditing role). */
    private Long ownSalespersonId(Actor actor) {
        boolean onlySalesperson = actor.is(Role.SALESPERSON) && !actor.is(Role.SALES_LEADER) && !actor.is(Role.HR)
                && !actor.is(Role.EXECUTIVE) && !actor.is(Role.AUDITOR) && !actor.is(Role.ADMIN);
        if (!onlySalesperson) {
            return null;
        }
        return salesForce.byUsername(actor.username()).map(Salesperson::id).orElse(-1L);
    }

    private void completeStep(PerformanceReview review, String taskKey, Map<String, ?> form) {
        Task task = openTask(review).filter(open -> taskKey.equals(open.getTaskDefinitionKey()))
                .orElseThrow(() -> new ConflictException("review.step.notOpen", review.status()));
        tasks.complete(task.getId(), form);
    }

    private Optional<Task> openTask(PerformanceReview review) {
        return engine.reader().getTaskService().createTaskQuery().processInstanceId(review.processInstanceId())
                .list().stream().findFirst();
    }

    private String matchedRule(PerformanceReview review) {
        return engine.reader().getHistoryService().createHistoricDecisionInstanceQuery()
                .processInstanceId(review.processInstanceId()).includeOutputs().list().stream()
                .map(HistoricDecisionInstance::getOutputs).filter(outputs -> !outputs.isEmpty())
                .map(outputs -> outputs.get(0).getRuleId()).findFirst().orElse(null);
    }

    private Map<Long, String> valueNames(long programId) {
        return charters.of(new ProgramId(programId)).map(charter -> charter.values().stream()
                .collect(Collectors.toMap(CultureValue::id, CultureValue::name))).orElse(Map.of());
    }

    private static ReviewViews.ValueScore valueScore(Score score, Map<Long, String> valueNames) {
        return new ReviewViews.ValueScore(score.valueId(), valueNames.getOrDefault(score.valueId(), "#" + score.valueId()),
                score.mean(), score.consistency(), score.responses(), score.insufficientSample());
    }

    private ReviewViews.Summary summary(PerformanceReview review, Map<Long, Integer> cycleNumbers,
                                        Map<Long, Salesperson> people) {
        int number = cycleNumbers.computeIfAbsent(review.cycleId(), cycleId -> cycles.find(new SurveyCycleId(cycleId))
                .map(cycle -> cycle.number()).orElse(0));
        Salesperson salesperson = people.computeIfAbsent(review.salespersonId(), salesForce::require);
        return ReviewViews.Summary.of(review, number, salesperson.name(), salesperson.status().name());
    }
}
