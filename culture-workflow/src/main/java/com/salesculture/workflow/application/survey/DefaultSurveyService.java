package com.salesculture.workflow.application.survey;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.program.Program;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.domain.model.program.ValuesCharters;
import com.salesculture.domain.model.salesforce.SalesForce;
import com.salesculture.domain.model.salesforce.Salesperson;
import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.NotAllowedException;
import com.salesculture.domain.model.shared.NotFoundException;
import com.salesculture.domain.model.shared.PageRequest;
import com.salesculture.domain.model.survey.CycleScore;
import com.salesculture.domain.model.survey.SalespersonScore;
import com.salesculture.domain.model.survey.Score;
import com.salesculture.domain.model.survey.SurveyCycle;
import com.salesculture.domain.model.survey.SurveyCycleId;
import com.salesculture.domain.model.survey.SurveyCycleStatus;
import com.salesculture.domain.model.survey.SurveyCycles;
import com.salesculture.domain.model.survey.SurveySettings;
import com.salesculture.domain.model.survey.TeamScore;
import com.salesculture.workflow.application.Actor;
import com.salesculture.workflow.application.CurrentActor;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineGateway;
import com.salesculture.workflow.application.EngineTime;
import com.salesculture.workflow.application.inbox.TaskInboxService;
import com.salesculture.workflow.process.SurveyCycleProcess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@Stateless
@Local(SurveyService.class)
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR})
public class DefaultSurveyService implements SurveyService {

    /** A cycle is open 2 to 60 days; its progress never shows more. */
    private static final int MAX_PROGRESS_DAYS = 61;

    @Inject
    private SurveyCycles cycles;

    @Inject
    private SurveyCycleLauncher launcher;

    @Inject
    private ProgramRepository programs;

    @Inject
    private ValuesCharters charters;

    @Inject
    private SalesForce salesForce;

    @Inject
    private EngineGateway engine;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private DecisionRecorder decisions;

    @jakarta.ejb.EJB
    private TaskInboxService inbox;

    @Override
    @RolesAllowed(Role.Names.SALES_LEADER)
    public SurveyViews.Cycle open(ProgramId programId) {
        Actor actor = currentActor.get();
        SurveyCycle cycle = engine.as(actor, processEngine -> launcher.open(programId, actor.username(),
                actor.groupList(), processEngine.getRuntimeService()));
        return SurveyViews.Cycle.of(cycle, 0, 0);
    }

    @Override
    @RolesAllowed(Role.Names.SALES_LEADER)
    public SurveyViews.Cycle closeNow(SurveyCycleId cycleId) {
        Actor actor = currentActor.get();
        SurveyCycle cycle = require(cycleId);
        cycle.closeEarly(EngineTime.now());
        engine.as(actor, processEngine -> {
            SurveyCycleProcess.rescheduled(cycle, processEngine);
            return null;
        });
        decisions.record(Decision.of(DecisionType.SURVEY_CYCLE_CLOSED, "survey-cycle", cycleId.toString())
                .outcome("closed early").process(cycle.processInstanceId()));
        return view(cycle);
    }

    @Override
    public SurveySettings settings(ProgramId programId) {
        return programs.require(programId).surveySettings();
    }

    @Override
    @RolesAllowed(Role.Names.SALES_LEADER)
    public SurveySettings changeSettings(ProgramId programId, Integer cadenceMonths, Integer openDays,
                                         Integer reminderDays, Integer fatigueDays) {
        SurveySettings settings = SurveySettings.of(cadenceMonths, openDays, reminderDays, fatigueDays);
        Actor actor = currentActor.get();
        Program program = programs.require(programId);
        program.requireOpen();
        program.measureWith(settings);
        decisions.record(Decision.of(DecisionType.SURVEY_SETTINGS_CHANGED, "program", programId.toString())
                .outcome("changed")
                .reason("every " + settings.cadenceMonths() + " months, open " + settings.openDays()
                        + " days, reminder " + settings.reminderDays() + " days before, rest " + settings.fatigueDays() + " days"));
        return settings;
    }

    @Override
    public List<SurveyViews.Cycle> cycles(ProgramId programId) {
        programs.require(programId);
        return cycles.ofProgram(programId).stream().map(c -> view(c))
                .toList();
    }

    @Override
    public SurveyViews.Progress progress(SurveyCycleId cycleId) {
        SurveyCycle cycle = require(cycleId);
        Map<java.time.LocalDate, Long> byDay = cycles.respondedByDay(cycleId);
        java.time.LocalDate first = cycle.openedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        Instant end = cycle.closedAt() != null ? cycle.closedAt() : EngineTime.now().isBefore(cycle.closesAt()) ? EngineTime.now()
                : cycle.closesAt();
        java.time.LocalDate last = end.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        List<SurveyViews.Day> days = new java.util.ArrayList<>();
        long sum = 0;
        for (java.time.LocalDate day = first; !day.isAfter(last) && days.size() < MAX_PROGRESS_DAYS; day = day.plusDays(1)) {
            long responded = byDay.getOrDefault(day, 0L);
            sum += responded;
            days.add(new SurveyViews.Day(day, responded, cycle.invitedCount() == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(sum * 100).divide(BigDecimal.valueOf(cycle.invitedCount()), 1, java.math.RoundingMode.HALF_UP)));
        }
        return new SurveyViews.Progress(cycle.cycleId().value(), cycle.number(), cycle.invitedCount(), days);
    }

    @Override
    public SurveyViews.Cycle cycle(SurveyCycleId cycleId) {
        SurveyCycle cycle = require(cycleId);
        return view(cycle);
    }

    @Override
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
            Role.Names.SALESPERSON})
    public SurveyViews.CycleScores scores(SurveyCycleId cycleId, PageRequest page) {
        SurveyCycle cycle = require(cycleId);
        Map<Long, String> values = valueNames(cycle.programId());
        Optional<Long> onlyOwn = restrictedToOwn();
        if (onlyOwn.isPresent()) {
            if (cycle.status() != SurveyCycleStatus.PUBLISHED) {
                throw new NotAllowedException("survey.scores.notPublished", cycle.number());
            }
            // their own row, wherever it is among the others
            List<SurveyViews.SalespersonScores> own = cycles.rowOf(cycleId, onlyOwn.get())
                    .map(row -> rows(values, cycles.scores(cycleId, new PageRequest(row, 1)))).orElse(List.of());
            return new SurveyViews.CycleScores(view(cycle), valueList(values), own, own.size(), List.of());
        }
        List<SurveyViews.TeamScores> teams = new ArrayList<>();
        cycles.teamScores(cycleId).stream()
                .collect(Collectors.groupingBy(TeamScore::teamId, LinkedHashMap::new, Collectors.toList()))
                .forEach((teamId, team) -> teams.add(new SurveyViews.TeamScores(teamId, team.get(0).teamName(),
                        team.get(0).salespeople(), ordered(values, team.stream().map(TeamScore::score).toList()))));
        // each scored salesperson belongs to one team: the teams count them all, no second query needed
        return new SurveyViews.CycleScores(view(cycle), valueList(values), rows(values, cycles.scores(cycleId, page)),
                teams.stream().mapToInt(SurveyViews.TeamScores::salespeople).sum(), teams);
    }

    /** The heatmap's rows: a salesperson's cells (in the order of the scores) become one row. */
    private static List<SurveyViews.SalespersonScores> rows(Map<Long, String> values, List<SalespersonScore> cells) {
        return cells.stream()
                .collect(Collectors.groupingBy(SalespersonScore::salespersonId, LinkedHashMap::new, Collectors.toList()))
                .values().stream().map(row -> {
                    SalespersonScore first = row.get(0);
                    return new SurveyViews.SalespersonScores(first.salespersonId(), first.salespersonName(), first.teamId(),
                            first.teamName(), row.stream().mapToInt(c -> c.score().responses()).max().orElse(0),
                            ordered(values, row.stream().map(SalespersonScore::score).toList()));
                }).toList();
    }

    @Override
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
            Role.Names.SALESPERSON})
    public Optional<Integer> scoreRow(SurveyCycleId cycleId, long salespersonId) {
        Optional<Long> onlyOwn = restrictedToOwn();
        if (onlyOwn.isPresent()) { // a salesperson sees one row: theirs
            return Optional.of(0);
        }
        return cycles.rowOf(cycleId, salespersonId);
    }

    @Override
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
            Role.Names.SALESPERSON})
    public SurveyViews.Trend trend(ProgramId programId, long salespersonId) {
        Optional<Long> onlyOwn = restrictedToOwn();
        if (onlyOwn.isPresent() && onlyOwn.get() != salespersonId) {
            throw new NotAllowedException("survey.scores.onlyOwn");
        }
        Program program = programs.require(programId);
        Salesperson person = salesForce.require(salespersonId);
        Map<Long, String> values = valueNames(program.programId());
        Map<Long, List<CycleScore>> byCycle = cycles.history(programId, salespersonId).stream()
                .filter(point -> onlyOwn.isEmpty() || point.status() == SurveyCycleStatus.PUBLISHED)
                .collect(Collectors.groupingBy(p -> p.cycleId().value(), LinkedHashMap::new, Collectors.toList()));
        List<SurveyViews.TrendPoint> points = byCycle.values().stream().map(point -> new SurveyViews.TrendPoint(
                point.get(0).cycleId().value(), point.get(0).cycleNumber(), point.get(0).status().name(),
                ordered(values, point.stream().map(CycleScore::score).toList()))).toList();
        return new SurveyViews.Trend(salespersonId, person.name(), programId.value(), valueList(values), points);
    }

    @Override
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
            Role.Names.SALESPERSON})
    public Optional<SurveyViews.Trend> ownLatestTrend() {
        // only the programmes that scored them: a home page must not read every programme's trend
        return ownSalespersonId().flatMap(me -> cycles.programsScored(me).stream().map(programId -> trend(programId, me))
                .filter(own -> !own.cycles().isEmpty()).findFirst());
    }

    @Override
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
            Role.Names.SALESPERSON})
    public Optional<Long> ownSalespersonId() {
        return salesForce.byUsername(currentActor.get().username()).map(Salesperson::id);
    }

    @Override
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER})
    public SurveyViews.Comments comments(SurveyCycleId cycleId, long salespersonId) {
        SurveyCycle cycle = require(cycleId);
        if (cycle.status() == SurveyCycleStatus.OPEN) {
            throw new ConflictException("survey.comments.open", cycle.number());
        }
        int responses = (int) cycles.responded(cycleId, salespersonId);
        boolean withheld = responses < Score.MIN_SAMPLE;
        return new SurveyViews.Comments(salespersonId, responses, withheld,
                withheld ? List.of() : cycles.comments(cycleId, salespersonId));
    }

    @Override
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER})
    public SurveyViews.Response response(long invitationId) {
        requireFollowsUp(SurveyCycleProcess.followUpsOf(engine.reader().getTaskService(), invitationId,
                cycles.followUpOf(invitationId)));
        return responseView(invitationId);
    }

    /**
     * One customer's response, with their identity and comment, is shown only to whom a follow-up about
     * it is given (its assignee; while it has none, the sales leaders it is offered to): anyone else reads
     * comments as the heatmap shows them (withheld below five responses).
     */
    private void requireFollowsUp(org.camunda.bpm.engine.task.TaskQuery followUps) {
        String username = currentActor.get().username();
        if (followUps.list().stream().noneMatch(task -> task.getAssignee() != null ? task.getAssignee().equals(username)
                : inbox.maySee(task.getId()))) {
            throw new NotAllowedException("survey.response.notYours");
        }
    }

    private SurveyViews.Response responseView(long invitationId) {
        var response = cycles.response(invitationId)
                .orElseThrow(() -> new NotFoundException("survey.response.notFound", invitationId));
        SurveyCycle cycle = require(response.cycleId());
        Map<Long, String> values = valueNames(cycle.programId());
        String salesperson = salesForce.salesperson(response.salespersonId()).map(Salesperson::name).orElse("");
        return new SurveyViews.Response(invitationId, cycle.cycleId().value(), response.salespersonId(), salesperson,
                response.customerName(), response.organisation(), response.email(), response.submittedAt(),
                values.keySet().stream().filter(response.ratings()::containsKey)
                        .map(id -> new SurveyViews.Rating(id, values.get(id), response.ratings().get(id))).toList(),
                response.comment());
    }

    @Override
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
            Role.Names.SALESPERSON, Role.Names.ADMIN})
    public List<SurveyViews.Recognised> recognition(SurveyCycleId cycleId) {
        SurveyCycle cycle = require(cycleId);
        Map<Long, String> values = valueNames(cycle.programId());
        Map<Long, List<String>> named = new LinkedHashMap<>();
        values.keySet().forEach(value -> named.put(value, new java.util.ArrayList<>()));
        cycles.recognised(cycleId).forEach(r -> named.computeIfAbsent(r.valueId(), id -> new java.util.ArrayList<>())
                .add(r.salespersonName()));
        return named.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new SurveyViews.Recognised(e.getKey(), values.get(e.getKey()), e.getValue())).toList();
    }

    @Override
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
            Role.Names.SALESPERSON, Role.Names.ADMIN})
    public Optional<SurveyViews.Cycle> cycleOfProcess(String processInstanceId) {
        return cycles.runBy(processInstanceId).map(this::view);
    }

    @Override
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER})
    public List<SurveyViews.Response> followUpResponses(String processInstanceId) {
        var runtime = engine.reader().getRuntimeService();
        SurveyCycleProcess.FollowUpSubject subject = SurveyCycleProcess.followUpSubject(
                name -> runtime.getVariable(processInstanceId, name));
        if (subject.followUpId() == null && subject.invitationId() == null) {
            throw new NotFoundException("survey.response.notFound", processInstanceId);
        }
        requireFollowsUp(engine.reader().getTaskService().createTaskQuery().processInstanceId(processInstanceId));
        List<Long> responses = subject.followUpId() == null ? List.of(subject.invitationId())
                : cycles.followUpResponses(subject.followUpId());
        return responses.stream().map(this::responseView).toList();
    }

    /** A salesperson (who holds no other role that reads every score) sees only their own. */
    private Optional<Long> restrictedToOwn() {
        Actor actor = currentActor.get();
        boolean readsAll = actor.groups().stream().anyMatch(g -> !g.equals(Role.SALESPERSON.groupName()));
        if (readsAll) {
            return Optional.empty();
        }
        return Optional.of(salesForce.byUsername(actor.username()).map(Salesperson::id).orElse(-1L));
    }

    private SurveyViews.Cycle view(SurveyCycle cycle) {
        return SurveyViews.Cycle.of(cycle, cycles.mailed(cycle.cycleId()), cycles.responded(cycle.cycleId()));
    }

    private SurveyCycle require(SurveyCycleId cycleId) {
        return cycles.require(cycleId);
    }

    /** The programme's values, id to name, in the charter's order. */
    private Map<Long, String> valueNames(ProgramId programId) {
        Map<Long, String> names = new LinkedHashMap<>();
        charters.of(programId).ifPresent(c -> c.values().forEach(v -> names.put(v.id(), v.name())));
        return names;
    }

    private static List<SurveyViews.Value> valueList(Map<Long, String> values) {
        return values.entrySet().stream().map(e -> new SurveyViews.Value(e.getKey(), e.getValue())).toList();
    }

    private static List<SurveyViews.ValueScore> ordered(Map<Long, String> values, List<Score> scores) {
        Map<Long, Score> byValue = scores.stream().collect(Collectors.toMap(Score::valueId, s -> s, (a, b) -> a));
        return values.entrySet().stream()
                .map(e -> SurveyViews.ValueScore.of(byValue.getOrDefault(e.getKey(), new Score(e.getKey(), 0, 0, 0)),
                        e.getValue()))
                .toList();
    }
}
