package com.salesculture.workflow.process.paths;

import com.salesculture.workflow.process.paths.doubles.Doubles;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a path test on the shared in-memory engine ({@link PathsEngine}): fresh doubles under the bean
 * names the models call, and nothing left running or remembered afterwards. Registered per test instance:
 * {@code @RegisterExtension final ProcessPaths paths = new ProcessPaths();}
 */
public final class ProcessPaths implements BeforeEachCallback, AfterEachCallback {

    private final Doubles doubles = new Doubles();

    /** The stand-ins of this test, to set up and to ask what the process asked of them. */
    public Doubles doubles() {
        return doubles;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ProcessEngine engine = PathsEngine.get();
        BpmnAwareTests.init(engine);
        Mocks.reset();
        doubles.register();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            PathsEngine.clean();
            PathsEngine.get().getIdentityService().clearAuthentication();
        } finally {
            Mocks.reset();
            ClockUtil.reset();
            BpmnAwareTests.reset();
        }
    }
}
