package com.salesculture.workflow.process;

import com.salesculture.domain.model.program.CompPlans;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task "Open the next pay period" of {@code pay-period}: under the plan in force now, the period after this one, unless the programme closed. */
@Named("openNextPayPeriod")
@ApplicationScoped
public class OpenNextPayPeriod implements JavaDelegate {

    @Inject
    private ProgramRepository programs;

    @Inject
    private CompPlans plans;

    @Override
    public void execute(DelegateExecution execution) {
        ProgramId programId = ApprovalSteps.programId(execution);
        if (programs.require(programId).closed()) {
            return;
        }
        plans.inForce(programId).ifPresent(plan -> PayPeriodProcess.start(execution.getProcessEngineServices()
                .getRuntimeService(), programId, plan, plan.periodOn(PayPeriodProcess.periodEnds(execution))));
    }
}
