package com.salesculture.workflow.process;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.review.PerformanceReview;
import com.salesculture.domain.model.review.PerformanceReviews;
import com.salesculture.domain.model.salesforce.Salesperson;
import com.salesculture.domain.model.survey.SurveyCycle;
import com.salesculture.domain.model.survey.SurveyCycles;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Ends work that has lost its reason to run: the processes about a salesperson who left, and
 * everything a closed programme started outside its call activities. Each ended process is
 * deleted through the engine with the reason (its history keeps it), its review or cycle is ended
 * in the domain, and the decision log names it.
 */
@ApplicationScoped
public class ProcessEnding {

    /** The process variable that names whom a process is about (reviews, acknowledgements). */
    static final String SALESPERSON_ID = "salespersonId";

    @Inject
    private PerformanceReviews reviews;

    @Inject
    private SurveyCycles cycles;

    @Inject
    private DecisionRecorder decisions;

    /** Who ends the work, and why: written with every entry (a reason of up to 2,000 characters, as the log keeps). */
    public record Cause(String actor, List<String> roles, String subjectType, String subjectId, String reason) {

        public Cause {
            if (reason != null && reason.length() > 2000) {
                reason = reason.substring(0, 1999) + "\u2026";
            }
        }
    }

    /**
     * The salesperson left: every process about them ends, and every task still assigned to them
     * goes back to its candidate groups (a leader takes it from there).
     */
    public void leaver(ProcessEngineServices engine, Salesperson leaver, Cause cause) {
        end(engine, engine.getRuntimeService().createProcessInstanceQuery()
                .variableValueEquals(SALESPERSON_ID, leaver.id()).rootProcessInstances().list(), cause);
        if (leaver.username() == null) {
            return;
        }
        TaskService tasks = engine.getTaskService();
        for (Task task : tasks.createTaskQuery().taskAssignee(leaver.username()).list()) {
            tasks.setAssignee(task.getId(), null);
            decisions.record(Decision.of(DecisionType.TASK_RELEASED, cause.subjectType(), cause.subjectId())
                    .outcome("released: " + task.getName()).reason(cause.reason()).process(task.getProcessInstanceId())
                    .task(task.getId()).by(cause.actor(), cause.roles()));
        }
    }

    /**
     * The programme closed: every process it runs ends (with their called children), but for
     * {@code closing}, the one that closes it (null when a person closes it).
     */
    public void programme(ProcessEngineServices engine, String businessKey, String closing, Cause cause) {
        end(engine, engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .rootProcessInstances().list().stream().filter(instance -> !instance.getId().equals(closing)).toList(), cause);
    }

    private void end(ProcessEngineServices engine, List<ProcessInstance> instances, Cause cause) {
        for (ProcessInstance instance : instances) { // roots: deleting one deletes what it called
            reviews.runBy(instance.getId()).ifPresent(PerformanceReview::end);
            cycles.runBy(instance.getId()).ifPresent(this::closeCycle);
            engine.getRuntimeService().deleteProcessInstance(instance.getId(), cause.reason(), false, true);
            decisions.record(Decision.of(DecisionType.PROCESS_ENDED, cause.subjectType(), cause.subjectId())
                    .outcome("ended " + processKey(engine, instance)).reason(cause.reason()).process(instance.getId())
                    .by(cause.actor(), cause.roles()));
        }
    }

    private void closeCycle(SurveyCycle cycle) {
        cycle.close(EngineTime.now());
    }

    private static String processKey(ProcessEngineServices engine, ProcessInstance instance) {
        return engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId()).getKey();
    }
}
