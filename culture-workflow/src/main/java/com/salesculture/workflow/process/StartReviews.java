package com.salesculture.workflow.process;

import com.salesculture.domain.model.salesforce.SalesForce;
import com.salesculture.domain.model.salesforce.SalespersonStatus;
import com.salesculture.domain.model.survey.SurveyCycleId;
import com.salesculture.domain.model.survey.SurveyCycles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Service task "Start the performance reviews" of {@code survey-cycle}, after the scores were published:
 * one {@code performance-review} per salesperson the cycle surveyed (every one still in the sales force
 * with customers) who has not left since.
 */
@Named("startReviews")
@ApplicationScoped
public class StartReviews implements JavaDelegate {

    @Inject
    private SurveyCycles cycles;

    @Inject
    private SalesForce salesForce;

    @Override
    public void execute(DelegateExecution execution) {
        SurveyCycleId cycleId = SurveyCycleProcess.cycleId(execution);
        var runtime = execution.getProcessEngineServices().getRuntimeService();
        cycles.surveyedSalespeople(cycleId).stream()
                .map(salesForce::salesperson).flatMap(Optional::stream)
                .filter(salesperson -> salesperson.status() != SalespersonStatus.EXITED)
                .forEach(salesperson -> runtime.startProcessInstanceByKey(ReviewProcess.KEY,
                        execution.getProcessBusinessKey(),
                        ReviewProcess.startVariables(cycleId.value(), salesperson.id())));
    }
}
