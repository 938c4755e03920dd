package com.salesculture.workflow.process.paths;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Every flow node and sequence flow of every BPMN model, read from the model files themselves (not from
 * what the engine made of them), as {@code process-key: ElementId}.
 */
final class ModelElements {

    private ModelElements() {
    }

    static Set<String> all() {
        Set<String> elements = new TreeSet<>();
        for (String model : PathsEngine.models()) {
            if (!model.endsWith(".bpmn")) {
                continue; // the DMN table has tests of its own (PerformanceRecommendationTest)
            }
            try (InputStream stream = PathsEngine.open(model)) {
                BpmnModelInstance instance = Bpmn.readModelFromStream(stream);
                instance.getModelElementsByType(FlowNode.class).forEach(node -> elements.add(named(node)));
                instance.getModelElementsByType(SequenceFlow.class).forEach(flow -> elements.add(named(flow)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return elements;
    }

    private static String named(FlowElement element) {
        ModelElementInstance parent = element.getParentElement();
        while (!(parent instanceof Process)) {
            parent = parent.getParentElement(); // an element of a subprocess
        }
        return TakenPaths.element(((Process) parent).getId(), element.getId());
    }
}
