package com.salesculture.workflow.process;

import com.salesculture.domain.model.survey.SurveyCycle;
import com.salesculture.domain.model.survey.SurveyCycles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task "Compute scores" of {@code survey-cycle}: per salesperson × value, from the ratings. */
@Named("computeScores")
@ApplicationScoped
public class ComputeScores implements JavaDelegate {

    @Inject
    private SurveyCycles cycles;

    @Override
    public void execute(DelegateExecution execution) {
        SurveyCycle cycle = cycles.require(SurveyCycleProcess.cycleId(execution));
        cycles.computeScores(cycle.cycleId(), cycle.charterId());
    }
}
