package com.salesculture.workflow.application.pay;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.pay.PayRun;
import com.salesculture.domain.model.pay.PayRuns;
import com.salesculture.domain.model.pay.PayStatement;
import com.salesculture.domain.model.pay.StatementLine;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.program.CompPlans;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.domain.model.salesforce.SalesForce;
import com.salesculture.domain.model.salesforce.Salesperson;
import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.NotAllowedException;
import com.salesculture.domain.model.shared.NotFoundException;
import com.salesculture.domain.model.shared.Page;
import com.salesculture.domain.model.shared.PageRequest;
import com.salesculture.workflow.application.Actor;
import com.salesculture.workflow.application.CurrentActor;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineGateway;
import com.salesculture.workflow.application.EngineTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;

@Stateless
@Local(PayService.class)
@RolesAllowed({Role.Names.FINANCE, Role.Names.HR, Role.Names.EXECUTIVE, Role.Names.AUDITOR})
public class DefaultPayService implements PayService {

    private static final Set<String> FORMATS = Set.of("csv", "pdf");

    @Inject
    private PayRuns runs;

    @Inject
    private ProgramRepository programs;

    @Inject
    private CompPlans plans;

    @Inject
    private SalesForce salesForce;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private DecisionRecorder decisions;

    @Inject
    private EngineGateway engine;

    @Override
    public List<PayViews.Run> runs(ProgramId programId) {
        programs.require(programId);
        return runs.ofProgram(programId.value()).stream().map(this::view).toList();
    }

    @Override
    public PayViews.Run run(long runId) {
        return view(requireRun(runId));
    }

    @Override
    public Page<PayViews.Statement> statements(long runId, String name, PageRequest page) {
        PayRun run = requireRun(runId);
        Page<PayStatement> statements = runs.statements(runId, name, page);
        return new Page<>(views(run, statements.items(), runs.correctionsOf(statements.items().stream()
                .map(PayStatement::id).toList())), statements.total());
    }

    @Override
    @RolesAllowed({Role.Names.FINANCE, Role.Names.HR, Role.Names.EXECUTIVE, Role.Names.AUDITOR, Role.Names.SALESPERSON})
    public PayViews.Statement statement(long statementId) {
        PayStatement statement = runs.statement(statementId)
                .orElseThrow(() -> new NotFoundException("pay.statement.notFound", statementId));
        Actor actor = currentActor.get();
        if (!readsAll(actor) && (statement.status() != PayStatement.Status.APPROVED
                || statement.salespersonId() != ownId(actor))) {
            throw new NotAllowedException("pay.statement.notYours");
        }
        return views(requireRun(statement.runId()), List.of(statement), runs.correctionOf(statementId).stream().toList())
                .get(0);
    }

    @Override
    @RolesAllowed(Role.Names.SALESPERSON)
    public List<PayViews.Statement> mine() {
        // their own statements only, run by run: a correction of theirs is theirs too, so each knows its correction
        Map<Long, List<PayStatement>> byRun = runs.statementsOf(ownId(currentActor.get())).stream()
                .collect(Collectors.groupingBy(PayStatement::runId));
        return byRun.entrySet().stream()
                .flatMap(run -> views(requireRun(run.getKey()), run.getValue(), run.getValue()).stream())
                .filter(view -> view.status().equals("APPROVED"))
                .sorted(java.util.Comparator.comparing(PayViews.Statement::periodStart).reversed()
                        .thenComparing(PayViews.Statement::id, java.util.Comparator.reverseOrder())).toList();
    }

    @Override
    @RolesAllowed(Role.Names.FINANCE)
    public PayViews.Statement correct(long statementId, BigDecimal targetVariablePay, String reason) {
        Actor actor = currentActor.get();
        PayStatement original = runs.statement(statementId)
                .orElseThrow(() -> new NotFoundException("pay.statement.notFound", statementId));
        if (runs.correctionOf(statementId).isPresent()) {
            throw new ConflictException("pay.correction.superseded");
        }
        PayRun run = requireRun(original.runId());
        PayStatement correction = original.correct(run, targetVariablePay, reason, actor.username(), EngineTime.now());
        runs.addStatements(List.of(correction));
        decisions.record(Decision.of(DecisionType.PAY_CORRECTION_DRAFTED, "salesperson",
                Long.toString(original.salespersonId()))
                .outcome("statement " + original.id() + " corrected by " + correction.id())
                .reason(correction.correctionReason()).process(run.processInstanceId()));
        return statement(correction.id());
    }

    @Override
    @RolesAllowed(Role.Names.EXECUTIVE)
    public PayViews.Statement approveCorrection(long statementId) {
        Actor actor = currentActor.get();
        PayStatement correction = runs.statement(statementId)
                .orElseThrow(() -> new NotFoundException("pay.statement.notFound", statementId));
        if (correction.correctsId() == null) {
            throw new ConflictException("pay.statement.approved");
        }
        PayRun run = requireRun(correction.runId());
        String planDrafter = plans.versions(new ProgramId(run.programId())).stream()
                .filter(plan -> plan.id() == run.planId()).map(plan -> plan.approval().draftedBy()).findFirst().orElse(null);
        if (actor.username().equals(planDrafter)) {
            throw new NotAllowedException("pay.correction.planDrafter");
        }
        correction.approve(actor.username(), EngineTime.now());
        decisions.record(Decision.of(DecisionType.PAY_CORRECTION_APPROVED, "salesperson",
                Long.toString(correction.salespersonId()))
                .outcome("statement " + correction.id() + " approved").process(run.processInstanceId()));
        return statement(correction.id());
    }

    @Override
    @RolesAllowed({Role.Names.FINANCE, Role.Names.AUDITOR})
    public PayViews.Payroll payroll(long runId, String format) {
        if (format == null || !FORMATS.contains(format)) {
            throw new InvalidInputException("format", "pay.export.format");
        }
        PayRun run = requireRun(runId);
        if (run.status() != PayRun.Status.APPROVED) {
            throw new ConflictException("pay.export.notApproved");
        }
        Actor actor = currentActor.get();
        List<PayStatement> all = runs.statements(runId);
        List<PayViews.Statement> inForce = views(run, all, all).stream().filter(PayViews.Statement::inForce).toList();
        decisions.record(Decision.of(DecisionType.PAYROLL_EXPORTED, "program", Long.toString(run.programId()))
                .outcome("exported " + inForce.size() + " statements as " + format)
                .reason("pay period " + run.period().start() + " to " + run.period().lastDay())
                .process(run.processInstanceId()));
        return new PayViews.Payroll(view(run), inForce, total(inForce));
    }

    private PayRun requireRun(long runId) {
        return runs.find(runId).orElseThrow(() -> new NotFoundException("pay.run.notFound", runId));
    }

    private static boolean readsAll(Actor actor) {
        return actor.is(Role.FINANCE) || actor.is(Role.HR) || actor.is(Role.EXECUTIVE) || actor.is(Role.AUDITOR);
    }

    private long ownId(Actor actor) {
        return salesForce.byUsername(actor.username()).map(Salesperson::id).orElse(-1L);
    }

    private PayViews.Run view(PayRun run) {
        PayRuns.Total total = runs.total(run);
        Task open = run.status() == PayRun.Status.APPROVED || run.processInstanceId() == null ? null
                : engine.reader().getTaskService().createTaskQuery().processInstanceId(run.processInstanceId()).list()
                .stream().findFirst().orElse(null);
        return new PayViews.Run(run.id(), run.programId(), run.period().number(), run.period().start(),
                run.period().lastDay(), run.status().name(), run.drafts(), run.draftedAt(), run.approvedBy(),
                run.approvedAt(), Math.toIntExact(total.statements()), total.amount(),
                open == null ? null : open.getTaskDefinitionKey());
    }

    private static BigDecimal total(List<PayViews.Statement> statements) {
        return statements.stream().map(PayViews.Statement::amount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The run's statements as read, each knowing its correction (from {@code corrections}, which may be the
     * statements themselves) and whether it is the one in force.
     */
    private static List<PayViews.Statement> views(PayRun run, List<PayStatement> statements,
                                                  List<PayStatement> corrections) {
        Map<Long, PayStatement> correctionOf = corrections.stream().filter(s -> s.correctsId() != null)
                .collect(Collectors.toMap(PayStatement::correctsId, Function.identity()));
        return statements.stream().map(statement -> {
            PayStatement correction = correctionOf.get(statement.id());
            boolean inForce = statement.status() == PayStatement.Status.APPROVED
                    && (correction == null || correction.status() != PayStatement.Status.APPROVED);
            return new PayViews.Statement(statement.id(), run.id(), run.programId(), run.period().start(),
                    run.period().lastDay(), statement.salespersonId(), statement.salespersonName(),
                    statement.status().name(), statement.valuesShare(), statement.threshold(), statement.attainment(),
                    statement.judged(), statement.activeDays(), statement.periodDays(), statement.shareOfTarget(),
                    statement.targetVariablePay(), statement.amount(), statement.correctsId(),
                    statement.correctionReason(), correction == null ? null : correction.id(), inForce,
                    statement.createdBy(), statement.createdAt(), statement.approvedBy(), statement.approvedAt(),
                    statement.lines().stream().map(DefaultPayService::line).toList());
        }).toList();
    }

    private static PayViews.Line line(StatementLine line) {
        BigDecimal consistency = line.ratings() == 0 ? null : BigDecimal.valueOf(line.favourable())
                .divide(BigDecimal.valueOf(line.ratings()), 2, RoundingMode.HALF_UP);
        return new PayViews.Line(line.valueId(), line.valueName(), line.weight(), line.cycles(), line.ratings(),
                line.favourable(), consistency, line.attainment(), line.judgement().name());
    }
}
