package com.salesculture.workflow.process.paths;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmTransition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * What the path tests took: every flow node entered ("start") and every sequence flow taken ("take"),
 * as {@code process-key: ElementId}. As a parse listener of the test engine only, it adds a listener to
 * each when the models are deployed; the models and the server's engine are untouched.
 */
final class TakenPaths extends AbstractBpmnParseListener {

    private static final Set<String> TAKEN = ConcurrentHashMap.newKeySet();

    static void forget() {
        TAKEN.clear();
    }

    static Set<String> taken() {
        return Set.copyOf(TAKEN);
    }

    static String element(String processKey, String elementId) {
        return processKey + ": " + elementId;
    }

    /** Called once the whole process is parsed: every activity, nested ones too, and its outgoing flows. */
    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity process) {
        watch(process.getKey(), process.getActivities());
    }

    private static void watch(String processKey, List<ActivityImpl> activities) {
        for (ActivityImpl activity : activities) {
            activity.addListener(ExecutionListener.EVENTNAME_START, taking(element(processKey, activity.getId())));
            for (PvmTransition flow : activity.getOutgoingTransitions()) {
                ((TransitionImpl) flow).addListener(ExecutionListener.EVENTNAME_TAKE, taking(element(processKey, flow.getId())));
            }
            watch(processKey, activity.getActivities());
        }
    }

    private static ExecutionListener taking(String element) {
        return execution -> TAKEN.add(element);
    }
}
