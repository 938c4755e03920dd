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
    private static final String INVITATION_ID = "invitationId";
    private static final String LEADER = "leader";
    private static final String FOLLOW_UP_DUE = "followUpDue";

    private SurveyCycleProcess() {
    }

    public static Map<String, Object> startVariables(SurveyCycle cycle) {
        return Map.of(CYCLE_ID, cycle.cycleId().value(), REMIND_AT, Date.from(cycle.remindAt()),
                CLOSES_AT, Date.from(cycle.closesAt()));
    }

    public static Map<String, Object> followUpVariables(long invitationId, String leader, Date due) {
        return Map.of(INVITATION_ID, invitationId, LEADER, leader, FOLLOW_UP_DUE, due);
    }

    /** The open follow-up tasks about one customer's response. */
    public static org.camunda.bpm.engine.task.TaskQuery followUpsOf(org.camunda.bpm.engine.TaskService tasks, long invitationId) {
        return tasks.createTaskQuery().processDefinitionKey(FOLLOW_UP_KEY).processVariableValueEquals(INVITATION_ID, invitationId);
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

    static long invitationId(DelegateExecution execution) {
        return (Long) execution.getVariable(INVITATION_ID);
    }

    static ProgramId programId(DelegateExecution execution) {
        return ProgramId.fromBusinessKey(execution.getProcessBusinessKey()).orElseThrow();
    }
}
