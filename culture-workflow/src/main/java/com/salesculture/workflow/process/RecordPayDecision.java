package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.pay.PayPeriod;
import com.salesculture.domain.model.pay.PayRun;
import com.salesculture.domain.model.pay.PayRuns;
import com.salesculture.domain.model.program.CompPlans;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Service task "Record the decision" of {@code pay-period}: approved, with every drafted statement; or
 * rejected with the reason (drafted again).
 */
@Named("recordPayDecision")
@ApplicationScoped
public class RecordPayDecision implements JavaDelegate {

    @Inject
    private CompPlans plans;

    @Inject
    private PayRuns runs;

    @Inject
    private DecisionRecorder decisions;

    @Override
    public void execute(DelegateExecution execution) {
        PayPeriodProcess.PlannedPeriod planned = PayPeriodProcess.plannedPeriod(execution, plans);
        ProgramId programId = planned.programId();
        PayPeriod period = planned.period();
        boolean approved = ApprovalSteps.approved(execution);
        if (approved) {
            PayRun run = runs.of(programId.value(), period.start()).orElseThrow();
            run.approve(runs.statements(run.id()), ApprovalSteps.actor(execution), EngineTime.now());
        }
        decisions.record(execution,
                Decision.of(approved ? DecisionType.PAY_APPROVED : DecisionType.PAY_REJECTED, "program",
                programId.toString())
                .outcome((approved ? "approved" : "rejected") + " pay period " + period.start() + " to "
                        + period.lastDay())
                .reason(approved ? null : ApprovalSteps.reason(execution)));
    }
}
