package com.salesculture.workflow.application.programme;

import com.salesculture.domain.infrastructure.persistence.PendingChanges;
import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.people.UserDirectory;
import com.salesculture.domain.model.program.CompPlan;
import com.salesculture.domain.model.program.CompPlans;
import com.salesculture.domain.model.program.Program;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.domain.model.program.ValuesCharters;
import com.salesculture.domain.model.review.PerformanceReview;
import com.salesculture.domain.model.review.PerformanceReviews;
import com.salesculture.domain.model.review.ReviewOutcome;
import com.salesculture.domain.model.review.ReviewStatus;
import com.salesculture.domain.model.shared.Validation;
import com.salesculture.domain.model.survey.SalespersonScore;
import com.salesculture.domain.model.survey.Score;
import com.salesculture.domain.model.survey.SurveyCycle;
import com.salesculture.domain.model.survey.SurveyCycleStatus;
import com.salesculture.domain.model.survey.SurveyCycles;
import com.salesculture.workflow.application.Actor;
import com.salesculture.workflow.application.CurrentActor;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineGateway;
import com.salesculture.workflow.application.EngineTime;
import com.salesculture.workflow.application.people.SalesForceService;
import com.salesculture.workflow.application.people.SalesTeamView;
import com.salesculture.workflow.process.CultureProgramProcess;
import com.salesculture.workflow.process.ProcessEnding;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Stateless
@Local(ProgramService.class)
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE,
        Role.Names.AUDITOR, Role.Names.SALESPERSON, Role.Names.ADMIN})
public class DefaultProgramService implements ProgramService {

    /** How many published cycles the measures trace (the line of sight and the home page chart). */
    static final int MEASURED_CYCLES = 6;

    @Inject
    private ProgramRepository programs;

    @Inject
    private UserDirectory users;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private EngineGateway engine;

    @Inject
    private DecisionRecorder decisions;

    @Inject
    private PendingChanges pendingChanges;

    @Inject
    private ProcessEnding ending;

    @EJB
    private StrategicIntentService intents;

    @EJB
    private ValuesService values;

    @EJB
    private SalesForceService salesForce;

    @EJB
    private CompPlanService plans;

    @Inject
    private CompPlans compPlans;

    @Inject
    private ValuesCharters charters;

    @Inject
    private SurveyCycles cycles;

    @Inject
    private PerformanceReviews reviews;

    @Override
    @RolesAllowed(Role.Names.SALES_LEADER)
    public ProgramView start(String name, Integer horizonMonths) {
        Actor actor = currentActor.get();
        Program program = programs.add(Program.start(name, horizonMonths, actor.username(), Instant.now()));
        String processInstanceId = engine.as(actor, processEngine -> processEngine.getRuntimeService()
                .startProcessInstanceByKey(CultureProgramProcess.KEY,
                        CultureProgramProcess.businessKey(program.programId()),
                        CultureProgramProcess.startVariables(program.programId()))
                .getId());
        program.runBy(processInstanceId);
        decisions.record(Decision.of(DecisionType.PROGRAM_STARTED, "program", program.programId().toString())
                .outcome("started").process(processInstanceId));
        return view(program);
    }

    @Override
    @RolesAllowed(Role.Names.EXECUTIVE)
    public ProgramView close(ProgramId id, String reason) {
        Actor actor = currentActor.get();
        String why = Validation.requiredReason(reason, "program.close.reason");
        Program program = programs.require(id);
        program.close(actor.username(), why, EngineTime.now());
        pendingChanges.write(); // two closing at once: the second meets the first's version here, before any process ends
        decisions.record(Decision.of(DecisionType.PROGRAM_CLOSED, "program", id.toString()).outcome("closed")
                .reason(why).process(program.processInstanceId()));
        engine.as(actor, processEngine -> {
            ending.programme(processEngine, CultureProgramProcess.businessKey(id), null, new ProcessEnding.Cause(
                    actor.username(), actor.groupList(), "program", id.toString(), "The programme closed: " + why));
            return null;
        });
        return view(program);
    }

    @Override
    public List<ProgramView> all() {
        return programs.findAll().stream().map(this::view).toList();
    }

    @Override
    public ProgramView get(ProgramId id) {
        return view(programs.require(id));
    }

    @Override
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE,
            Role.Names.AUDITOR, Role.Names.ADMIN})
    public LineOfSight lineOfSight(ProgramId id) {
        ProgramView program = get(id);
        IntentView intent = intents.intent(id);
        ValuesView charter = values.values(id);
        Map<Long, SalesTeamView> teams = salesForce.teams().stream()
                .collect(Collectors.toMap(SalesTeamView::id, Function.identity()));
        List<SurveyCycle> published = cycles.ofProgram(id).stream()
                .filter(cycle -> cycle.status() == SurveyCycleStatus.PUBLISHED).toList(); // newest first
        return new LineOfSight(program.id(), program.name(), program.horizonMonths(), program.phase(),
                program.startedBy(), program.startedByName(), program.startedAt(), program.processInstanceId(),
                new LineOfSight.Intent(intent.statement(), new LineOfSight.Decision(intent.status(), intent.decidedBy(),
                        intent.decidedByName(), intent.decidedAt(), intent.rejectionReason()),
                        intent.deliverables().stream().map(d -> new LineOfSight.Deliverable(d.kind(), d.metric(),
                                d.baseline(), d.target(), d.unit(), d.dueDate(), d.customerGroup(),
                                d.teams().stream().filter(teams::containsKey).map(teams::get)
                                        .map(t -> new LineOfSight.Team(t.id(), t.name(), t.leaderName())).toList()))
                                .toList()),
                new LineOfSight.Values(charter.charterVersion(), new LineOfSight.Decision(charter.status(),
                        charter.decidedBy(), charter.decidedByName(), charter.decidedAt(), charter.rejectionReason()),
                        charter.values(), charter.acknowledgements().size()),
                plan(plans.versions(id)), processes(id), surveysDue(programs.require(id)),
                program.closedAt() == null ? null : new LineOfSight.Closed(program.closedBy(),
                        Decision.SYSTEM.equals(program.closedBy()) ? null : users.displayName(program.closedBy()), program.closedAt(),
                        program.closeReason()), measures(id, published), reviews(published));
    }

    /** The latest published cycle's consistency per value, with the cycles before it for the trend. */
    private LineOfSight.Measures measures(ProgramId id, List<SurveyCycle> published) {
        if (published.isEmpty()) {
            return null;
        }
        List<SurveyCycle> recent = new ArrayList<>(published.subList(0, Math.min(MEASURED_CYCLES, published.size())));
        java.util.Collections.reverse(recent); // oldest first
        List<Map<Long, Score>> scored = recent.stream().map(this::byValue).toList();
        SurveyCycle latest = recent.get(recent.size() - 1);
        BigDecimal threshold = compPlans.inForce(id).map(CompPlan::valuesThreshold).orElse(null);
        List<LineOfSight.ValueMeasure> values = charters.of(id).map(charter -> charter.values().stream()
                .map(value -> {
                    List<BigDecimal> history = scored.stream().map(scores -> scores.get(value.id()))
                            .map(score -> score == null ? null : score.consistency()).toList();
                    Score score = scored.get(scored.size() - 1).get(value.id());
                    return new LineOfSight.ValueMeasure(value.name(), score == null ? 0 : score.responses(),
                            history.get(history.size() - 1), history.size() > 1 ? history.get(history.size() - 2) : null,
                            threshold, history);
                }).toList()).orElse(List.of());
        return new LineOfSight.Measures(latest.cycleId().value(), latest.number(), latest.publishedAt(),
                recent.stream().map(SurveyCycle::number).toList(), values);
    }

    private Map<Long, Score> byValue(SurveyCycle cycle) {
        return cycles.scores(cycle.cycleId()).stream().map(SalespersonScore::score)
                .collect(Collectors.groupingBy(Score::valueId)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Score.combined(e.getKey(), e.getValue())));
    }

    /** What the latest published cycle's reviews concluded; null before any cycle is published. */
    private LineOfSight.Reviews reviews(List<SurveyCycle> published) {
        if (published.isEmpty()) {
            return null;
        }
        long cycleId = published.get(0).cycleId().value();
        List<PerformanceReview> started = reviews.list(cycleId, null);
        Map<ReviewOutcome, Long> concluded = started.stream().map(r -> r.outcome() != null ? r.outcome() : r.recommendation())
                .filter(java.util.Objects::nonNull).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        int open = (int) started.stream().filter(r -> r.status() != ReviewStatus.COMPLETED && r.status() != ReviewStatus.ENDED)
                .count();
        return new LineOfSight.Reviews(cycleId, started.size(), concluded.getOrDefault(ReviewOutcome.MEETS, 0L).intValue(),
                concluded.getOrDefault(ReviewOutcome.RECOVERY, 0L).intValue(),
                concluded.getOrDefault(ReviewOutcome.EXIT_REVIEW, 0L).intValue(), open);
    }

    /** The next survey cycles of the programme's schedule (none before its set-up ends, none once it is closed). */
    private static List<Instant> surveysDue(Program program) {
        if (program.closed()) {
            return List.of();
        }
        Instant horizonEnd = program.horizon().end();
        return program.surveySchedule().map(schedule -> schedule.dueBetween(EngineTime.now(), horizonEnd, 8))
                .orElse(List.of());
    }

    private List<LineOfSight.Process> processes(ProgramId id) {
        return engine.reader().getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(id.toString()).orderByProcessInstanceStartTime().asc().list().stream()
                .map(p -> new LineOfSight.Process(p.getProcessDefinitionKey(), p.getProcessDefinitionName(), p.getId(),
                        p.getSuperProcessInstanceId(), p.getStartTime().toInstant(),
                        p.getEndTime() == null ? null : p.getEndTime().toInstant()))
                .toList();
    }

    private static LineOfSight.Plan plan(List<PlanView> versions) {
        if (versions.isEmpty()) {
            return new LineOfSight.Plan("NOT_STARTED", null, null);
        }
        PlanView latest = versions.get(versions.size() - 1);
        return new LineOfSight.Plan(latest.status(), latest.planVersion(),
                versions.stream().filter(PlanView::inForce).findFirst().orElse(null));
    }

    private ProgramView view(Program program) {
        return ProgramView.of(program, users.displayName(program.startedBy()));
    }
}
