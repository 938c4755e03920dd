package com.salesculture.workflow.process;

import com.salesculture.domain.model.program.ProgramRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task "Record intent approved" of {@code culture-program}. */
@Named("recordIntentApproved")
@ApplicationScoped
public class RecordIntentApproved implements JavaDelegate {

    @Inject
    private ProgramRepository programs;

    @Override
    public void execute(DelegateExecution execution) {
        programs.require(CultureProgramProcess.programId(execution)).intentApproved();
    }
}
