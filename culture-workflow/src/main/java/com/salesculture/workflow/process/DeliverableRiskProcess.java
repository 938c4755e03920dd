package com.salesculture.workflow.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The typed catalogue of {@code deliverable-at-risk}: started when a deliverable's figures project short
 * of its target, once per deliverable and quarter; the business key is the programme id.
 */
public final class DeliverableRiskProcess {

    public static final String KEY = "deliverable-at-risk";
    public static final String RESPOND = "RespondToRisk";

    private static final String DELIVERABLE_ID = "deliverableId";
    private static final String METRIC = "metric";
    private static final String PERIOD = "period";

    private DeliverableRiskProcess() {
    }

    public static Map<String, Object> startVariables(long deliverableId, String metric, String period) {
        return Map.of(DELIVERABLE_ID, deliverableId, METRIC, metric, PERIOD, period);
    }

    static String metric(DelegateExecution execution) {
        return (String) execution.getVariable(METRIC);
    }

    static long deliverableId(DelegateExecution execution) {
        return (Long) execution.getVariable(DELIVERABLE_ID);
    }

    static String period(DelegateExecution execution) {
        return (String) execution.getVariable(PERIOD);
    }
}
