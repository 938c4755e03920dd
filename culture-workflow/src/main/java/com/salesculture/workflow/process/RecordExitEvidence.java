package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.form.FormType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task "Record the added evidence" of {@code exit-approval}: the proposer's note; HR reviews again. */
@Named("recordExitEvidence")
@ApplicationScoped
public class RecordExitEvidence implements JavaDelegate {

    @Inject
    private DecisionRecorder decisions;

    @Override
    public void execute(DelegateExecution execution) {
        decisions.record(execution, Decision.of(DecisionType.EXIT_EVIDENCE_ADDED, ExitCaseProcess.SUBJECT,
                Long.toString(ExitCaseProcess.exitCaseId(execution))).outcome("added")
                .reason(FormType.read(ExitEvidenceForm.class, execution::getVariable).note()));
    }
}
