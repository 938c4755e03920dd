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
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Service task "Draft the pay statements" of {@code pay-period} (again after a return or a rejection: the
 * earlier drafts go): one statement per salesperson from the cycles published in the period.
 */
@Named("draftPayStatements")
@ApplicationScoped
public class DraftPayStatements implements JavaDelegate {

    /** Drafting is the system's work, whoever's return set it off. */
    private static final String DRAFTER = Decision.SYSTEM;

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

    @Override
    public void execute(DelegateExecution execution) {
        PayPeriodProcess.PlannedPeriod planned = PayPeriodProcess.plannedPeriod(execution, plans);
        ProgramId programId = planned.programId();
        CompPlan plan = planned.plan();
        PayPeriod period = planned.period();
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
