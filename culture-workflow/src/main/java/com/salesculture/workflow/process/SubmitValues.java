package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.domain.model.program.ValuesCharters;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task "Submit values" of {@code values-selection}: refused (field error) without the three values. */
@Named("submitValues")
@ApplicationScoped
public class SubmitValues implements JavaDelegate {

    @Inject
    private ValuesCharters charters;

    @Inject
    private ProgramRepository programs;

    @Inject
    private DecisionRecorder decisions;

    @Override
    public void execute(DelegateExecution execution) {
        ProgramId programId = ApprovalSteps.programId(execution);
        charters.require(programId).submit(EngineTime.now());
        programs.require(programId).valuesDrafted();
        decisions.record(execution, Decision.of(DecisionType.VALUES_SUBMITTED, "program", programId.toString())
                .outcome("submitted"));
    }
}
