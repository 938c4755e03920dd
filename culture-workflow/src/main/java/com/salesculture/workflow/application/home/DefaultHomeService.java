package com.salesculture.workflow.application.home;

import com.salesculture.domain.model.decision.DecisionQuery;
import com.salesculture.domain.model.exit.ExitStage;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.shared.PageRequest;
import com.salesculture.domain.model.survey.SurveyCycleStatus;
import com.salesculture.workflow.application.Actor;
import com.salesculture.workflow.application.CurrentActor;
import com.salesculture.workflow.application.EngineTime;
import com.salesculture.workflow.application.audit.AuditService;
import com.salesculture.workflow.application.audit.AuditViews;
import com.salesculture.workflow.application.exit.ExitCaseService;
import com.salesculture.workflow.application.exit.ExitViews;
import com.salesculture.workflow.application.inbox.TaskInboxService;
import com.salesculture.workflow.application.inbox.TaskPage;
import com.salesculture.workflow.application.inbox.TaskSearch;
import com.salesculture.workflow.application.operations.OperationsService;
import com.salesculture.workflow.application.programme.LineOfSight;
import com.salesculture.workflow.application.programme.ProgramService;
import com.salesculture.workflow.application.programme.ProgramView;
import com.salesculture.workflow.application.review.ReviewService;
import com.salesculture.workflow.application.review.ReviewViews;
import com.salesculture.workflow.application.survey.SurveyService;
import com.salesculture.workflow.application.survey.SurveyViews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Composes the home page from the services each role may call, so every part shows exactly what
 * that role may read elsewhere: nothing here reads around a service's rules.
 */
@Stateless
@Local(HomeService.class)
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
        Role.Names.SALESPERSON, Role.Names.ADMIN})
public class DefaultHomeService implements HomeService {

    static final int SHOWN = 5;
    private static final int LATEST_PROGRAMMES = 5;

    @Inject
    private CurrentActor currentActor;
    @Inject
    private TaskInboxService inbox;
    @Inject
    private ProgramService programs;
    @Inject
    private SurveyService surveys;
    @Inject
    private ExitCaseService exits;
    @Inject
    private AuditService audit;
    @Inject
    private OperationsService operations;
    @Inject
    private ReviewService reviews;

    @Override
    public HomeViews.Home home() {
        Actor actor = currentActor.get();
        boolean leads = actor.is(Role.SALES_LEADER) || actor.is(Role.EXECUTIVE);
        return new HomeViews.Home(tasks(), actor.is(Role.EXECUTIVE) ? approvals() : null, leads ? leading() : null,
                actor.is(Role.HR) ? exits() : null, actor.is(Role.AUDITOR) ? audit() : null,
                actor.is(Role.ADMIN) ? operations() : null, actor.is(Role.SALESPERSON) ? own() : null);
    }

    private HomeViews.Tasks tasks() {
        TaskPage urgent = inbox.search(new TaskSearch("inbox", null, null, null, null, null, 0, SHOWN, "due", false));
        long overdue = inbox.search(new TaskSearch("inbox", null, null, "overdue", null, null, 0, 1, "due", false)).total();
        return new HomeViews.Tasks(urgent.total(), overdue, urgent.tasks());
    }

    private HomeViews.Approvals approvals() {
        TaskPage waiting = inbox.search(new TaskSearch("inbox", null, null, null, Role.EXECUTIVE.groupName(), null, 0, SHOWN,
                "created", false));
        return new HomeViews.Approvals(waiting.total(), waiting.tasks().stream().map(task -> new HomeViews.Waiting(task.id(),
                task.name(), task.programId(), task.programName(), task.created(),
                Duration.between(task.created(), EngineTime.now()).toDays())).toList());
    }

    private HomeViews.Leading leading() {
        List<ProgramView> running = programs.all().stream().filter(program -> program.closedAt() == null)
                .sorted(Comparator.comparing(ProgramView::startedAt).reversed()).limit(LATEST_PROGRAMMES).toList();
        Map<ProgramView, List<SurveyViews.Cycle>> cyclesOf = new LinkedHashMap<>();
        running.forEach(program -> cyclesOf.put(program, surveys.cycles(new ProgramId(program.id()))));
        List<HomeViews.OpenCycle> open = cyclesOf.entrySet().stream().flatMap(entry -> entry.getValue().stream()
                .filter(cycle -> SurveyCycleStatus.OPEN.name().equals(cycle.status()))
                .map(cycle -> new HomeViews.OpenCycle(cycle.id(), entry.getKey().id(), entry.getKey().name(), cycle.number(),
                        cycle.closesAt(), cycle.invited(), cycle.responded(), cycle.responseRate()))).toList();
        long reviewsWaiting = inbox.search(new TaskSearch("inbox", "performance-review", null, null, null, null, 0, 1,
                "due", false)).total();
        // the line of sight (a long read) only of the latest programme with a published cycle
        Optional<LineOfSight> measured = cyclesOf.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(cycle -> SurveyCycleStatus.PUBLISHED.name().equals(cycle.status())))
                .findFirst().map(entry -> programs.lineOfSight(new ProgramId(entry.getKey().id())))
                .filter(lineOfSight -> lineOfSight.measures() != null);
        return new HomeViews.Leading(open, reviewsWaiting, measured.map(LineOfSight::id).orElse(null),
                measured.map(LineOfSight::name).orElse(null), measured.map(LineOfSight::measures).orElse(null));
    }

    private HomeViews.Exits exits() {
        Map<String, Long> byStage = new LinkedHashMap<>();
        List<ExitViews.Summary> open = Arrays.stream(ExitStage.values()).filter(stage -> !stage.ended())
                .flatMap(stage -> {
                    var page = exits.list(stage, PageRequest.first(PageRequest.MAX_SIZE));
                    byStage.put(stage.name(), page.total());
                    return page.items().stream();
                }).toList();
        long overdue = inbox.search(new TaskSearch("inbox", "exit-approval", null, "overdue", null, null, 0, 1, "due",
                false)).total();
        return new HomeViews.Exits(byStage, open.stream().sorted(Comparator.comparingLong(ExitViews.Summary::ageDays)
                .reversed()).limit(SHOWN).toList(), overdue);
    }

    private HomeViews.Audit audit() {
        long entries = audit.search(new DecisionQuery(null, null, null, null, null, null, 0, 1)).total();
        int lastPage = (int) Math.max(0, (entries - 1) / SHOWN);
        List<AuditViews.Entry> latest = new java.util.ArrayList<>(
                audit.search(new DecisionQuery(null, null, null, null, null, null, lastPage, SHOWN)).entries());
        java.util.Collections.reverse(latest);
        return new HomeViews.Audit(entries, audit.checkpoints().stream().findFirst().orElse(null), latest);
    }

    private HomeViews.Operations operations() {
        Map<String, Number> metrics = operations.metrics();
        return new HomeViews.Operations(operations.readiness(), metrics.get("culture_failed_jobs").longValue(),
                metrics.get("culture_mail_outbox_pending").longValue(), metrics.get("culture_mail_outbox_failed").longValue());
    }

    private HomeViews.Own own() {
        long acknowledgements = inbox.search(new TaskSearch("inbox", "values-acknowledgement", null, null, null, null, 0, 1,
                "due", false)).total();
        Optional<Long> me = surveys.ownSalespersonId();
        if (me.isEmpty()) {
            return new HomeViews.Own(acknowledgements, null, null);
        }
        SurveyViews.Trend trend = surveys.ownLatestTrend().orElse(null);
        ReviewViews.Summary latestReview = reviews.list(null, me.get()).stream()
                .max(Comparator.comparing(ReviewViews.Summary::createdAt)).orElse(null);
        return new HomeViews.Own(acknowledgements, trend, latestReview);
    }
}
