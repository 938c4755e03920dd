package com.salesculture.workflow.application.programme;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.people.UserDirectory;
import com.salesculture.domain.model.program.ApprovalStatus;
import com.salesculture.domain.model.program.Deliverable;
import com.salesculture.domain.model.program.Program;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.domain.model.program.StrategicIntent;
import com.salesculture.domain.model.program.StrategicIntents;
import com.salesculture.domain.model.result.DeliverableActual;
import com.salesculture.domain.model.result.DeliverableActuals;
import com.salesculture.domain.model.result.DeliverableProgress;
import com.salesculture.domain.model.salesforce.SalesForce;
import com.salesculture.domain.model.salesforce.SalesTeam;
import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.workflow.application.Actor;
import com.salesculture.workflow.application.CurrentActor;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineGateway;
import com.salesculture.workflow.application.EngineTime;
import com.salesculture.workflow.process.CultureProgramProcess;
import com.salesculture.workflow.process.DeliverableRiskProcess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@Stateless
@Local(ResultsService.class)
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class DefaultResultsService implements ResultsService {

    @Inject
    private ProgramRepository programs;

    @Inject
    private StrategicIntents intents;

    @Inject
    private DeliverableActuals actuals;

    @Inject
    private SalesForce salesForce;

    @Inject
    private UserDirectory users;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private DecisionRecorder decisions;

    @Inject
    private EngineGateway engine;

    @Override
    public List<ResultViews.DeliverableResult> results(ProgramId programId) {
        programs.require(programId);
        return intents.of(programId).filter(intent -> intent.approval().status() == ApprovalStatus.APPROVED)
                .map(this::view).orElse(List.of());
    }

    @Override
    @RolesAllowed(Role.Names.SALES_LEADER)
    public ResultViews.DeliverableResult record(ProgramId programId, int number, ResultViews.ActualInput input) {
        Actor actor = currentActor.get();
        Program program = open(programId);
        StrategicIntent intent = approvedIntent(programId);
        if (number < 1 || number > intent.deliverables().size()) {
            throw new InvalidInputException("deliverable", "actual.deliverable.unknown", number);
        }
        Deliverable deliverable = intent.deliverables().get(number - 1);
        Instant now = EngineTime.now();
        DeliverableActual actual = DeliverableActual.record(deliverable, input.team(), input.asOf(), input.value(),
                input.source(), actor.username(), today(now), now, "");
        store(actor, program, intent, List.of(actual), deliverable.metric() + ": " + input.value() + " as of "
                + input.asOf(), List.of());
        return view(intent).get(number - 1);
    }

    @Override
    @RolesAllowed(Role.Names.SALES_LEADER)
    public int importAll(ProgramId programId, List<ResultViews.ActualRow> rows, String sourceSha256) {
        Actor actor = currentActor.get();
        Program program = open(programId);
        StrategicIntent intent = approvedIntent(programId);
        if (rows.isEmpty()) {
            throw new InvalidInputException("rows", "actual.rows.empty");
        }
        Map<String, Long> teams = salesForce.teams().stream()
                .collect(Collectors.toMap(team -> team.name().toLowerCase(Locale.ROOT), SalesTeam::id, (a, b) -> a));
        Instant now = EngineTime.now();
        List<FieldError> errors = new ArrayList<>();
        List<DeliverableActual> figures = new ArrayList<>();
        for (ResultViews.ActualRow row : rows) {
            String prefix = "rows[" + row.line() + "].";
            int before = errors.size();
            Deliverable deliverable = deliverable(intent, row.deliverable());
            if (deliverable == null) {
                errors.add(FieldError.of(prefix + "deliverable", "actual.deliverable.unknown", String.valueOf(row.deliverable())));
            }
            Long team = null;
            if (row.team() != null && !row.team().isBlank()) {
                team = teams.get(row.team().strip().toLowerCase(Locale.ROOT));
                if (team == null) {
                    errors.add(FieldError.of(prefix + "team", "actual.team.unknown", row.team().strip()));
                }
            }
            LocalDate asOf = date(row.asOf(), prefix, errors);
            BigDecimal value = number(row.value(), prefix, errors);
            if (errors.size() > before) {
                continue;
            }
            try {
                figures.add(DeliverableActual.record(deliverable, team, asOf, value, row.source(), actor.username(),
                        today(now), now, prefix));
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        store(actor, program, intent, figures, "imported " + figures.size() + " figures",
                sourceSha256 == null ? List.of() : List.of(sourceSha256));
        return figures.size();
    }

    /** Stores the figures (never over one recorded for the same day), logs them, and raises what is now at risk. */
    private void store(Actor actor, Program program, StrategicIntent intent, List<DeliverableActual> figures, String what,
                       List<String> evidence) {
        Set<Long> touched = figures.stream().map(DeliverableActual::deliverableId).collect(Collectors.toCollection(LinkedHashSet::new));
        List<DeliverableActual> before = actuals.of(touched);
        Set<String> recorded = new HashSet<>();
        before.forEach(stored -> recorded.add(key(stored)));
        for (DeliverableActual figure : figures) {
            if (!recorded.add(key(figure))) {
                throw new ConflictException("actual.recorded", figure.asOf());
            }
        }
        actuals.addAll(figures);
        String programId = program.programId().toString();
        decisions.record(Decision.of(DecisionType.ACTUALS_RECORDED, "program", programId)
                .outcome("recorded " + figures.size()).reason(what).evidence(evidence));
        LocalDate today = today(EngineTime.now());
        String period = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        // what was stored before and what was just added: no second read
        Map<Long, List<DeliverableActual>> all = java.util.stream.Stream.concat(before.stream(), figures.stream())
                .collect(Collectors.groupingBy(DeliverableActual::deliverableId));
        for (Deliverable deliverable : intent.deliverables()) {
            if (!touched.contains(deliverable.id())) {
                continue;
            }
            DeliverableProgress progress = DeliverableProgress.of(deliverable, approvedOn(intent), all.get(deliverable.id()), today);
            if (progress.atRisk() && actuals.raiseOnce(deliverable.id(), period)) {
                String process = engine.as(actor, processEngine -> processEngine.getRuntimeService().startProcessInstanceByKey(
                        DeliverableRiskProcess.KEY, CultureProgramProcess.businessKey(program.programId()),
                        DeliverableRiskProcess.startVariables(deliverable.id(), deliverable.metric(), period)).getId());
                decisions.record(Decision.of(DecisionType.DELIVERABLE_AT_RISK, "program", programId)
                        .outcome("at risk (" + period + ")")
                        .reason(deliverable.metric() + ": projected short of " + deliverable.target() + " "
                                + deliverable.unit() + " by " + deliverable.dueDate())
                        .process(process).bySystem());
            }
        }
    }

    private Program open(ProgramId programId) {
        Program program = programs.require(programId);
        program.requireOpen();
        return program;
    }

    private StrategicIntent approvedIntent(ProgramId programId) {
        return intents.of(programId).filter(intent -> intent.approval().status() == ApprovalStatus.APPROVED)
                .orElseThrow(() -> new ConflictException("actual.intent.notApproved"));
    }

    /** A deliverable by its number (1-based) or its metric (case aside). */
    private static Deliverable deliverable(StrategicIntent intent, String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String text = reference.strip();
        if (text.matches("[1-9][0-9]?")) {
            int number = Integer.parseInt(text);
            return number <= intent.deliverables().size() ? intent.deliverables().get(number - 1) : null;
        }
        return intent.deliverables().stream().filter(d -> d.metric().equalsIgnoreCase(text)).findFirst().orElse(null);
    }

    private static LocalDate date(String text, String prefix, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(FieldError.of(prefix + "asOf", "actual.asOf.required"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(prefix + "asOf", "form.date"));
            return null;
        }
    }

    private static BigDecimal number(String text, String prefix, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(FieldError.of(prefix + "value", "actual.value.required"));
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(prefix + "value", "actual.value.number"));
            return null;
        }
    }

    /** 10.5000 as stored reads 10.5 (and 10 as 10, never 1E+1). */
    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    private static String key(DeliverableActual actual) {
        return actual.deliverableId() + "/" + actual.team() + "/" + actual.asOf();
    }

    /** The baseline's day: the intent's approval (UTC). */
    private static LocalDate approvedOn(StrategicIntent intent) {
        return intent.approval().decidedAt().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static LocalDate today(Instant now) {
        return now.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private List<ResultViews.DeliverableResult> view(StrategicIntent intent) {
        Map<Long, String> teamNames = salesForce.teams().stream()
                .collect(Collectors.toMap(SalesTeam::id, SalesTeam::name, (a, b) -> a));
        LocalDate since = approvedOn(intent);
        LocalDate today = today(EngineTime.now());
        List<Deliverable> deliverables = intent.deliverables();
        Map<Long, List<DeliverableActual>> figures = actuals.of(deliverables.stream().map(Deliverable::id).toList()).stream()
                .collect(Collectors.groupingBy(DeliverableActual::deliverableId));
        Map<String, String> names = new java.util.HashMap<>();
        Map<Long, List<DeliverableActuals.Risk>> risks = actuals.risks(deliverables.stream().map(Deliverable::id).toList())
                .stream().collect(Collectors.groupingBy(DeliverableActuals.Risk::deliverableId));
        List<ResultViews.DeliverableResult> results = new ArrayList<>();
        for (int i = 0; i < deliverables.size(); i++) {
            Deliverable deliverable = deliverables.get(i);
            List<DeliverableActual> own = figures.getOrDefault(deliverable.id(), List.of());
            DeliverableProgress progress = own.isEmpty() ? new DeliverableProgress(deliverable.id(), List.of())
                    : DeliverableProgress.of(deliverable, since, own, today);
            results.add(new ResultViews.DeliverableResult(i + 1, deliverable.id(), deliverable.kind().name(),
                    deliverable.metric(), deliverable.baseline(), deliverable.target(), deliverable.unit(),
                    deliverable.dueDate(), deliverable.teams(), deliverable.teams().stream()
                    .map(id -> teamNames.getOrDefault(id, "#" + id)).toList(), progress.atRisk(),
                    progress.series().stream().map(series -> new ResultViews.Series(series.team(),
                            series.team() == null ? null : teamNames.getOrDefault(series.team(), "#" + series.team()),
                            plain(series.latest()), series.share(), plain(series.projected().setScale(2,
                            java.math.RoundingMode.HALF_UP)), series.atRisk(),
                            series.actuals().stream().map(actual -> new ResultViews.Actual(actual.asOf(), plain(actual.value()),
                                    actual.source(), names.computeIfAbsent(actual.recordedBy(), users::displayName),
                                    actual.recordedAt())).toList())).toList(),
                    risks.getOrDefault(deliverable.id(), List.of()).stream().map(risk -> new ResultViews.Response(
                            risk.period(), risk.raisedAt(), risk.action(), risk.owner(), risk.due(),
                            risk.respondedBy() == null ? null : names.computeIfAbsent(risk.respondedBy(), users::displayName),
                            risk.respondedAt())).toList()));
        }
        return results;
    }
}
