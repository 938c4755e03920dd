package com.salesculture.workflow.process;

import com.salesculture.domain.model.program.CompPlans;
import com.salesculture.domain.model.program.ProgramId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task "Open the first pay period" of {@code culture-program}: the one the approved plan's effective date starts. */
@Named("openFirstPayPeriod")
@ApplicationScoped
public class OpenFirstPayPeriod implements JavaDelegate {

    @Inject
    private CompPlans plans;

    @Override
    public void execute(DelegateExecution execution) {
        ProgramId programId = CultureProgramProcess.programId(execution);
        plans.inForce(programId).ifPresent(plan -> PayPeriodProcess.start(execution.getProcessEngineServices()
                .getRuntimeService(), programId, plan, plan.periodOn(plan.effectiveDate())));
    }
}
