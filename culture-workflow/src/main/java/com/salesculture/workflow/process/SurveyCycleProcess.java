package com.salesculture.workflow.process;

import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.survey.SurveyCycle;
import com.salesculture.domain.model.survey.SurveyCycleId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The typed catalogue of {@code survey-cycle} and {@code survey-follow-up}: keys and variables. Both
 * run with the programme id as business key; the domain rows hold everything else.
 */
public final class SurveyCycleProcess {

    public static final String KEY = "survey-cycle";
    public static final String FOLLOW_UP_KEY = "survey-follow-up";

    private static final String CYCLE_ID = "cycleId";
    private static final String REMIND_AT = "remindAt";
    private static final String CLOSES_AT = "closesAt";
    /** A follow-up of before grouping (version 1) names its one response. */
    private static final String INVITATION_ID = "invitationId";
    /** A follow-up names the salesperson's low-rated responses of a cycle, held in {@code follow_up_response}. */
    private static final String FOLLOW_UP_ID = "followUpId";
    private static final String LEADER = "leader";
    private static final String FOLLOW_UP_DUE = "followUpDue";

    private SurveyCycleProcess() {
    }

    public static Map<String, Object> startVariables(SurveyCycle cycle) {
        return Map.of(CYCLE_ID, cycle.cycleId().value(), REMIND_AT, Date.from(cycle.remindAt()),
                CLOSES_AT, Date.from(cycle.closesAt()));
    }

    public static Map<String, Object> followUpVariables(long followUpId, String leader, Date due) {
        return Map.of(FOLLOW_UP_ID, followUpId, LEADER, leader, FOLLOW_UP_DUE, due);
    }

    /** The open follow-up tasks about one customer's response: of its follow-up, or (before grouping) of the response itself. */
    public static org.camunda.bpm.engine.task.TaskQuery followUpsOf(org.camunda.bpm.engine.TaskService tasks, long invitationId,
                                                                    java.util.Optional<Long> followUpId) {
        return followUpId.map(id -> tasks.createTaskQuery().processDefinitionKey(FOLLOW_UP_KEY).processVariableValueEquals(FOLLOW_UP_ID, id))
                .orElseGet(() -> tasks.createTaskQuery().processDefinitionKey(FOLLOW_UP_KEY)
                        .processVariableValueEquals(INVITATION_ID, invitationId));
    }

    /** What a follow-up process is about: its follow-up's id, or (before grouping) its one response's invitation id. */
    public record FollowUpSubject(Long followUpId, Long invitationId) {
    }

    public static FollowUpSubject followUpSubject(java.util.function.Function<String, Object> variable) {
        return new FollowUpSubject((Long) variable.apply(FOLLOW_UP_ID), (Long) variable.apply(INVITATION_ID));
    }

    /** The cycle's process moves its timers to the cycle's (earlier) reminder and close. */
    public static void rescheduled(SurveyCycle cycle, org.camunda.bpm.engine.ProcessEngine engine) {
        engine.getRuntimeService().setVariables(cycle.processInstanceId(), Map.of(REMIND_AT, Date.from(cycle.remindAt()),
                CLOSES_AT, Date.from(cycle.closesAt())));
        engine.getManagementService().createJobQuery().processInstanceId(cycle.processInstanceId()).timers().list()
                .forEach(job -> engine.getManagementService().setJobDuedate(job.getId(), Date.from(cycle.closesAt())));
    }

    static SurveyCycleId cycleId(DelegateExecution execution) {
        return new SurveyCycleId((Long) execution.getVariable(CYCLE_ID));
    }

    static ProgramId programId(DelegateExecution execution) {
        return ProgramId.fromBusinessKey(execution.getProcessBusinessKey()).orElseThrow();
    }
}
