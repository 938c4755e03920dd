package com.salesculture.workflow.process.paths;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * The one in-memory engine of the path tests, built on first use and kept for the test JVM, with every
 * model of the {@code bpmn} jar deployed once (as the server deploys them, from {@code bpmn/models.index}).
 */
final class PathsEngine {

    static final String MODELS_INDEX = "bpmn/models.index";

    private static ProcessEngine engine;

    private PathsEngine() {
    }

    static synchronized ProcessEngine get() {
        if (engine == null) {
            engine = build();
            deployModels(engine);
        }
        return engine;
    }

    private static ProcessEngine build() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("process-paths");
        configuration.setJdbcUrl("jdbc:h2:mem:process-paths;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setEnforceHistoryTimeToLive(true); // as the server does: a model without one fails to deploy
        configuration.setIdGenerator(new StrongUuidGenerator()); // as the server does
        configuration.setJobExecutorActivate(false); // each test runs its timers and async steps itself
        configuration.setDbMetricsReporterActivate(false);
        // the models' beans (${surveyCadence}, ${exitCase}, ...) are the doubles each test registers with Mocks
        configuration.setExpressionManager(new MockExpressionManager());
        // the engine adds its own listeners to this list, so it must be mutable
        configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new TakenPaths())));
        return configuration.buildProcessEngine();
    }

    private static void deployModels(ProcessEngine engine) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("culture-models");
        for (String model : models()) {
            deployment.addInputStream(model, open(model));
        }
        deployment.deploy();
    }

    /** The models the {@code bpmn} jar holds, as its index lists them. */
    static List<String> models() {
        try (BufferedReader index = new BufferedReader(new InputStreamReader(open(MODELS_INDEX), StandardCharsets.UTF_8))) {
            return index.lines().map(String::strip).filter(line -> !line.isEmpty()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream open(String resource) {
        InputStream stream = PathsEngine.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("Not on the test classpath: " + resource);
        }
        return stream;
    }

    /** Ends whatever a test left running and forgets its history, so the next test starts from the deployment alone. */
    static void clean() {
        var runtime = engine.getRuntimeService();
        List<String> running = runtime.createProcessInstanceQuery().rootProcessInstances().list().stream()
                .map(ProcessInstance::getId).toList();
        if (!running.isEmpty()) {
            runtime.deleteProcessInstances(running, "path test over", true, true);
        }
        var history = engine.getHistoryService();
        List<String> finished = history.createHistoricProcessInstanceQuery().list().stream()
                .map(HistoricProcessInstance::getId).toList();
        if (!finished.isEmpty()) {
            history.deleteHistoricProcessInstances(finished);
        }
    }
}
