package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.program.CompPlan;
import com.salesculture.domain.model.program.CompPlans;
import com.salesculture.domain.model.survey.Recognition;
import com.salesculture.domain.model.survey.SurveyCycle;
import com.salesculture.domain.model.survey.SurveyCycles;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import com.salesculture.workflow.form.FormType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Service task "Publish scores" of {@code survey-cycle}, after a sales leader reviewed them: salespeople
 * now see their own; a plan that recognises names the best for each value.
 */
@Named("publishScores")
@ApplicationScoped
public class PublishScores implements JavaDelegate {

    @Inject
    private SurveyCycles cycles;

    @Inject
    private CompPlans plans;

    @Inject
    private DecisionRecorder decisions;

    @Override
    public void execute(DelegateExecution execution) {
        SurveyCycle cycle = cycles.require(SurveyCycleProcess.cycleId(execution));
        cycle.publish(ApprovalSteps.actor(execution), EngineTime.now());
        decisions.record(execution,
                Decision.of(DecisionType.SCORES_PUBLISHED, "survey-cycle", cycle.cycleId().toString())
                .outcome("published").reason(FormType.read(SubmitForm.class, execution::getVariable).note()));
        if (plans.inForce(cycle.programId()).map(CompPlan::recognition).orElse(false)) {
            List<Recognition> recognised = Recognition.of(cycles.scores(cycle.cycleId()));
            cycles.recognise(cycle.cycleId(), recognised);
            decisions.record(execution,
                    Decision.of(DecisionType.RECOGNITION_PUBLISHED, "survey-cycle", cycle.cycleId().toString())
                    .outcome("recognised " + recognised.stream().map(Recognition::salespersonId).distinct().count()
                            + " salespeople"));
        }
    }
}
