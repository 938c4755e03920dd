package com.salesculture.workflow.process;

import com.salesculture.domain.model.pay.PayCadence;
import com.salesculture.domain.model.pay.PayPeriod;
import com.salesculture.domain.model.program.CompPlan;
import com.salesculture.domain.model.program.CompPlans;
import com.salesculture.domain.model.program.ProgramId;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The typed catalogue of {@code pay-period}: one instance per pay period of a programme, waiting for the
 * period's end, then drafting its statements for Finance, HR and an executive. The business key is the
 * programme id.
 */
public final class PayPeriodProcess {

    public static final String KEY = "pay-period";
    public static final String CHECK_BY_FINANCE = "CheckByFinance";
    public static final String CHECK_BY_HR = "CheckByHr";
    public static final String APPROVE = "ApproveStatements";

    private static final String PLAN_VERSION = "planVersion";
    private static final String PERIOD_NUMBER = "periodNumber";
    private static final String PERIOD_STARTS = "periodStarts";
    private static final String PERIOD_ENDS = "periodEnds";
    /** Who drafted the plan the period follows: never the one who approves its statements. */
    public static final String PLAN_DRAFTER = "planDrafter";

    private PayPeriodProcess() {
    }

    /** The period under the plan version it opened with; its end (the timer) is the first day after it, at midnight UTC. */
    public static Map<String, Object> startVariables(int planVersion, PayPeriod period, String planDrafter) {
        return Map.of(PLAN_VERSION, planVersion, PERIOD_NUMBER, period.number(), PERIOD_STARTS, midnight(period.start()),
                PERIOD_ENDS, midnight(period.end()), PLAN_DRAFTER, planDrafter);
    }

    /** The period an instance runs for, with its programme and the plan version it opened under. */
    record PlannedPeriod(ProgramId programId, CompPlan plan, PayPeriod period) {
    }

    static PlannedPeriod plannedPeriod(DelegateExecution execution, CompPlans plans) {
        ProgramId programId = ApprovalSteps.programId(execution);
        CompPlan plan = plans.require(programId, planVersion(execution));
        return new PlannedPeriod(programId, plan, period(execution, plan.payPeriod()));
    }

    private static int planVersion(DelegateExecution execution) {
        return (Integer) execution.getVariable(PLAN_VERSION);
    }

    private static PayPeriod period(DelegateExecution execution, PayCadence cadence) {
        return new PayPeriod((Integer) execution.getVariable(PERIOD_NUMBER), day(execution, PERIOD_STARTS),
                day(execution, PERIOD_ENDS), cadence);
    }

    static LocalDate periodEnds(DelegateExecution execution) {
        return day(execution, PERIOD_ENDS);
    }

    /** Starts the instance of this period of the programme, under the plan. */
    static void start(RuntimeService runtime, ProgramId programId, CompPlan plan, PayPeriod period) {
        runtime.startProcessInstanceByKey(KEY, programId.toString(),
                startVariables(plan.planVersion(), period, plan.approval().draftedBy()));
    }

    private static Date midnight(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static LocalDate day(DelegateExecution execution, String name) {
        return LocalDate.ofInstant(((Date) execution.getVariable(name)).toInstant(), ZoneOffset.UTC);
    }
}
