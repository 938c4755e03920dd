package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.pay.PayPeriod;
import com.salesculture.domain.model.pay.PayRun;
import com.salesculture.domain.model.pay.PayRuns;
import com.salesculture.domain.model.pay.PayStatement;
import com.salesculture.domain.model.pay.ValueEvidence;
import com.salesculture.domain.model.pay.ValuesAttainment;
import com.salesculture.domain.model.program.CompPlan;
import com.salesculture.domain.model.program.CompPlans;
import com.salesculture.domain.model.program.CultureValue;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.domain.model.program.ValuesCharters;
import com.salesculture.domain.model.review.PerformanceReviews;
import com.salesculture.domain.model.review.RecoveryCriterion;
import com.salesculture.domain.model.salesforce.SalesForce;
import com.salesculture.domain.model.salesforce.Salesperson;
import com.salesculture.domain.model.salesforce.SalespersonStatus;
import com.salesculture.domain.model.survey.SalespersonScore;
import com.salesculture.domain.model.survey.Score;
import com.salesculture.domain.model.survey.SurveyCycle;
import com.salesculture.domain.model.survey.SurveyCycleStatus;
import com.salesculture.domain.model.survey.SurveyCycles;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The steps of values-linked pay: {@code culture-program} opens the first pay period once the plan is
 * approved; each {@code pay-period} opens the next when it ends, drafts one statement per salesperson
 * from the cycles published in it, records Finance's and HR's checks and the executive's decision.
 */
@Named("payPeriod")
@ApplicationScoped
public class PayPeriodSteps {

    /** Drafting is the system's work, whoever's return set it off. */
    private static final String DRAFTER = Decision.SYSTEM;

    @Inject
    private ProgramRepository programs;

    @Inject
    private CompPlans plans;

    @Inject
    private ValuesCharters charters;

    @Inject
    private SurveyCycles cycles;

    @Inject
    private SalesForce salesForce;

    @Inject
    private PerformanceReviews reviews;

    @Inject
    private PayRuns runs;

    @Inject
    private DecisionRecorder decisions;

    /** "Open the first pay period" ({@code culture-program}): the one the approved plan's effective date starts. */
    public void openFirst(DelegateExecution execution) {
        ProgramId programId = CultureProgramProcess.programId(execution);
        plans.inForce(programId).ifPresent(plan -> open(execution.getProcessEngineServices().getRuntimeService(), programId,
                plan, plan.periodOn(plan.effectiveDate())));
    }

    /** "Open the next pay period": under the plan in force now, the period after this one, unless the programme closed. */
    public void openNext(DelegateExecution execution) {
        ProgramId programId = ApprovalSteps.programId(execution);
        if (programs.require(programId).closed()) {
            return;
        }
        plans.inForce(programId).ifPresent(plan -> open(execution.getProcessEngineServices().getRuntimeService(), programId,
                plan, plan.periodOn(PayPeriodProcess.periodEnds(execution))));
    }

    private static void open(RuntimeService runtime, ProgramId programId, CompPlan plan, PayPeriod period) {
        runtime.startProcessInstanceByKey(PayPeriodProcess.KEY, programId.toString(),
                PayPeriodProcess.startVariables(plan.planVersion(), period, plan.approval().draftedBy()));
    }

    /** "Draft the statements" (again after a return or a rejection: the earlier drafts go). */
    public void draft(DelegateExecution execution) {
        ProgramId programId = ApprovalSteps.programId(execution);
        CompPlan plan = plans.require(programId, PayPeriodProcess.planVersion(execution));
        PayPeriod period = PayPeriodProcess.period(execution, plan.payPeriod());
        Instant now = EngineTime.now();
        PayRun run = runs.of(programId.value(), period.start()).orElse(null);
        if (run == null) {
            run = PayRun.open(programId.value(), plan.id(), period, execution.getProcessInstanceId(), now);
            runs.add(run);
        } else {
            runs.removeDrafts(run);
            run.redrafted(now);
        }
        List<PayStatement> statements = statements(programId, plan, run, period, now);
        runs.addStatements(statements);
        decisions.record(execution, Decision.of(DecisionType.PAY_STATEMENTS_DRAFTED, "program", programId.toString())
                .outcome("drafted " + statements.size() + " statements (draft " + run.drafts() + ")")
                .reason("pay period " + period.start() + " to " + period.lastDay()));
    }

    /** "Record Finance's check" / "Record HR's check": passed on, or returned with the reason. */
    public void checked(DelegateExecution execution, String by) {
        boolean passed = ApprovalSteps.approved(execution);
        decisions.record(execution,
                Decision.of(passed ? DecisionType.PAY_CHECKED : DecisionType.PAY_RETURNED, "program",
                execution.getProcessBusinessKey())
                .outcome((passed ? "checked by " : "returned by ") + by)
                .reason(passed ? null : ApprovalSteps.reason(execution)));
    }

    /** "Record the decision": approved, with every drafted statement; or rejected with the reason (drafted again). */
    public void decided(DelegateExecution execution) {
        ProgramId programId = ApprovalSteps.programId(execution);
        CompPlan plan = plans.require(programId, PayPeriodProcess.planVersion(execution));
        PayPeriod period = PayPeriodProcess.period(execution, plan.payPeriod());
        String actor = ApprovalSteps.actor(execution);
        boolean approved = ApprovalSteps.approved(execution);
        if (approved) {
            PayRun run = runs.of(programId.value(), period.start()).orElseThrow();
            run.approve(runs.statements(run.id()), actor, EngineTime.now());
        }
        decisions.record(execution,
                Decision.of(approved ? DecisionType.PAY_APPROVED : DecisionType.PAY_REJECTED, "program",
                programId.toString())
                .outcome((approved ? "approved" : "rejected") + " pay period " + period.start() + " to "
                        + period.lastDay())
                .reason(approved ? null : ApprovalSteps.reason(execution)));
    }

    /** One statement for everyone in the sales force for some of the period, from the cycles it published. */
    private List<PayStatement> statements(ProgramId programId, CompPlan plan, PayRun run, PayPeriod period, Instant now) {
        List<CultureValue> values = charters.require(programId).values();
        Map<Long, Map<Long, List<Score>>> scores = new HashMap<>(); // salesperson → value → one score per cycle
        Map<Long, Map<Long, List<Integer>>> rated = new HashMap<>(); // salesperson → value → cycles with ratings
        for (SurveyCycle cycle : cycles.ofProgram(programId)) {
            if (cycle.status() != SurveyCycleStatus.PUBLISHED
                    || !period.contains(LocalDate.ofInstant(cycle.closesAt(), ZoneOffset.UTC))) {
                continue;
            }
            for (SalespersonScore score : cycles.scores(cycle.cycleId())) {
                scores.computeIfAbsent(score.salespersonId(), id -> new HashMap<>())
                        .computeIfAbsent(score.score().valueId(), id -> new ArrayList<>()).add(score.score());
                if (score.score().responses() > 0) {
                    rated.computeIfAbsent(score.salespersonId(), id -> new HashMap<>())
                            .computeIfAbsent(score.score().valueId(), id -> new ArrayList<>()).add(cycle.number());
                }
            }
        }
        Map<Long, Set<Long>> inRecovery = new HashMap<>(); // salesperson → values a plan in force names
        reviews.plansInForce(start(period.start()), start(period.end())).forEach(recovery -> recovery.criteria().stream()
                .map(RecoveryCriterion::valueId)
                .forEach(value -> inRecovery.computeIfAbsent(recovery.salespersonId(), id -> new HashSet<>()).add(value)));

        List<PayStatement> statements = new ArrayList<>();
        for (Salesperson salesperson : salesForce.salespeople(null, null)) {
            boolean leftUntracked = salesperson.status() == SalespersonStatus.EXITED && salesperson.exitedOn() == null;
            int activeDays = leftUntracked ? 0 : period.activeDays(salesperson.joinedOn(), salesperson.exitedOn());
            if (activeDays == 0) {
                continue;
            }
            long id = salesperson.id();
            List<ValueEvidence> evidence = new ArrayList<>();
            for (CultureValue value : values) {
                BigDecimal weight = plan.weights().get(value.name());
                if (weight == null) {
                    continue;
                }
                List<Score> ofValue = scores.getOrDefault(id, Map.of()).getOrDefault(value.id(), List.of());
                evidence.add(new ValueEvidence(value.id(), value.name(), weight,
                        rated.getOrDefault(id, Map.of()).getOrDefault(value.id(), List.of()),
                        Score.combined(value.id(), ofValue), inRecovery.getOrDefault(id, Set.of()).contains(value.id())));
            }
            statements.add(PayStatement.draft(run, new PayStatement.Payee(id, salesperson.name(),
                            salesperson.targetVariablePay(), activeDays), plan.valuesShare(), plan.valuesThreshold(),
                    ValuesAttainment.assess(evidence, plan.valuesThreshold()), DRAFTER, now));
        }
        return statements;
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
