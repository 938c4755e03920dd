package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.workflow.application.DecisionRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service tasks "Record Finance's check" and "Record HR's check" of {@code pay-period}: passed on, or returned with the reason. */
public abstract class RecordPayCheck implements JavaDelegate {

    private final String by;

    @Inject
    private DecisionRecorder decisions;

    RecordPayCheck(String by) {
        this.by = by;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean passed = ApprovalSteps.approved(execution);
        decisions.record(execution,
                Decision.of(passed ? DecisionType.PAY_CHECKED : DecisionType.PAY_RETURNED, "program",
                execution.getProcessBusinessKey())
                .outcome((passed ? "checked by " : "returned by ") + by)
                .reason(passed ? null : ApprovalSteps.reason(execution)));
    }

    /** "Record Finance's check". */
    @Named("recordFinanceCheck")
    @ApplicationScoped
    public static class ByFinance extends RecordPayCheck {
        public ByFinance() {
            super("finance");
        }
    }

    /** "Record HR's check". */
    @Named("recordHrCheck")
    @ApplicationScoped
    public static class ByHr extends RecordPayCheck {
        public ByHr() {
            super("hr");
        }
    }
}
