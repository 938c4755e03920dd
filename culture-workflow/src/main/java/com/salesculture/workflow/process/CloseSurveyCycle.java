package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.survey.SurveyCycle;
import com.salesculture.domain.model.survey.SurveyCycles;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task "Close the cycle" of {@code survey-cycle}: its links stop answering. */
@Named("closeSurveyCycle")
@ApplicationScoped
public class CloseSurveyCycle implements JavaDelegate {

    @Inject
    private SurveyCycles cycles;

    @Inject
    private DecisionRecorder decisions;

    @Override
    public void execute(DelegateExecution execution) {
        SurveyCycle cycle = cycles.require(SurveyCycleProcess.cycleId(execution));
        cycle.close(EngineTime.now());
        decisions.record(execution,
                Decision.of(DecisionType.SURVEY_CYCLE_CLOSED, "survey-cycle", cycle.cycleId().toString())
                .outcome("closed")
                .reason(cycles.responded(cycle.cycleId()) + " of " + cycle.invitedCount() + " invited responded")
                .bySystem());
    }
}
