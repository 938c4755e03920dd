package com.salesculture.workflow.engine;

import com.salesculture.domain.infrastructure.persistence.CulturePersistence;
import com.salesculture.workflow.notification.TaskNotifications;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Starts the embedded engine when the application deploys and closes it on undeploy.
 * The engine runs in the server's JTA transactions on the datasource the domain uses,
 * so a task completion and the domain change it causes commit or roll back together.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // the engine is thread-safe; no container lock
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // schema creation commits on its own
public class ProcessEngineBootstrap {

    /** System property: "false" keeps timers and async steps waiting (tests drive jobs themselves). */
    public static final String JOB_EXECUTOR_PROPERTY = "culture.job-executor";

    /**
     * System property: when the engine removes history past its time to live, as {@code HH:mm-HH:mm}
     * in the server's time zone (default {@value #DEFAULT_CLEANUP_WINDOW}); {@code off} leaves it to an
     * admin. Legal holds have no removal time, so they are never removed.
     */
    public static final String CLEANUP_WINDOW_PROPERTY = "culture.history-cleanup-window";
    static final String DEFAULT_CLEANUP_WINDOW = "01:00-05:00";

    /**
     * System property: the longest a due job waits for the job executor when nothing told it of the job (a
     * timer come due, a failed job retried), in ms; default {@value #DEFAULT_ACQUISITION_WAIT}, the engine's.
     * A job made by a transaction is announced at its commit and does not wait.
     */
    public static final String ACQUISITION_WAIT_PROPERTY = "culture.job-acquisition-wait";
    static final long DEFAULT_ACQUISITION_WAIT = 60_000;

    /** A failed job is tried again after 5, 10, 20, 40 minutes, unless its model says otherwise. */
    static final String DEFAULT_RETRY_CYCLE = "PT5M,PT10M,PT20M,PT40M";

    /** Registered with the runtime container as the default engine. */
    static final String ENGINE_NAME = "default";

    private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());
    private static final String MODELS_INDEX = "bpmn/models.index";

    @Resource(lookup = CulturePersistence.DATASOURCE)
    private DataSource dataSource;

    @Resource(lookup = "java:/TransactionManager")
    private TransactionManager transactionManager;

    @Resource
    private ManagedExecutorService executorService;

    @Resource
    private ManagedThreadFactory threadFactory;

    @Inject
    private BeanManager beanManager;

    @Inject
    private TaskNotifications notifications;

    private ProcessEngine processEngine;

    @PostConstruct
    void start() {
        JakartaTransactionProcessEngineConfiguration configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setProcessEngineName(ENGINE_NAME);
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        EngineSchema.migrate(dataSource); // Flyway owns the schema; the engine only checks it
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        // ids made in the JVM: the default takes blocks of ids from a database row, which every node and
        // every thread that runs out waits for (docs/benchmarks.md, "Our overhead over the engine")
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setExpressionManager(new CdiExpressionManager(beanManager));
        // the engine adds its own listeners to this list, so it must be mutable
        configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new NotifyOnUserTasks(notifications))));
        configuration.setJobExecutor(jobExecutor());
        configuration.setJobExecutorActivate(!"false".equals(System.getProperty(JOB_EXECUTOR_PROPERTY)));
        // Who may do what is decided by the application services (groups, four eyes), not by engine ACLs.
        configuration.setAuthorizationEnabled(false);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setFailedJobRetryTimeCycle(DEFAULT_RETRY_CYCLE);
        cleanupWindow().ifPresent(window -> {
            configuration.setHistoryCleanupBatchWindowStartTime(window[0]);
            configuration.setHistoryCleanupBatchWindowEndTime(window[1]);
        });

        processEngine = configuration.buildProcessEngine();
        RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(processEngine);
        deployModels();
    }

    /** The idle job executor asks for due jobs after 5 s, then waits twice as long each time, up to the maximum. */
    private ManagedJobExecutor jobExecutor() {
        ManagedJobExecutor jobExecutor = new ManagedJobExecutor(threadFactory, executorService);
        String setting = System.getProperty(ACQUISITION_WAIT_PROPERTY, Long.toString(DEFAULT_ACQUISITION_WAIT)).strip();
        long maxWait = setting.matches("[0-9]{3,9}") ? Long.parseLong(setting) : 0;
        if (maxWait < 100) {
            throw new IllegalStateException(ACQUISITION_WAIT_PROPERTY + " must be at least 100 (ms), not " + setting);
        }
        jobExecutor.setMaxWait(maxWait);
        jobExecutor.setWaitTimeInMillis((int) Math.min(maxWait, jobExecutor.getWaitTimeInMillis()));
        return jobExecutor;
    }

    /** The clean-up window's start and end, or empty when it is off. */
    public static java.util.Optional<String[]> cleanupWindow() {
        String window = System.getProperty(CLEANUP_WINDOW_PROPERTY, DEFAULT_CLEANUP_WINDOW).strip();
        if (window.equalsIgnoreCase("off")) {
            return java.util.Optional.empty();
        }
        if (!window.matches("([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]")) {
            throw new IllegalStateException(CLEANUP_WINDOW_PROPERTY + " must be HH:mm-HH:mm or off, not " + window);
        }
        return java.util.Optional.of(window.split("-"));
    }

    @PreDestroy
    void stop() {
        if (processEngine != null) {
            RuntimeContainerDelegate.INSTANCE.get().unregisterProcessEngine(processEngine);
            processEngine.close();
        }
    }

    /** The engine for the application services of this module; nobody else calls the engine API. */
    @Produces
    public ProcessEngine processEngine() {
        return processEngine;
    }

    /**
     * Deploys every model of the {@code bpmn} module. Unchanged models are filtered out, so a
     * redeploy creates a new process version only for a model that changed; running instances
     * stay on the version they started with.
     */
    private void deployModels() {
        List<String> models = readModelIndex();
        DeploymentBuilder deployment = processEngine.getRepositoryService().createDeployment()
                .name("culture-models")
                .source("culture-ear")
                .enableDuplicateFiltering(true);
        ClassLoader loader = getClass().getClassLoader();
        for (String model : models) {
            deployment.addInputStream(model, open(loader, model));
        }
        var deployed = deployment.deployWithResult();
        LOG.info(() -> "Process models " + models + " deployed (deployment " + deployed.getId() + ")");
        warmUp();
    }

    /**
     * Parses the latest version of every process and decision into the engine's cache before any request
     * does. After a restart on an existing database, with the cache empty, the first low ratings answered
     * at once (each starting a follow-up) failed once with "processDefinitionId is null" from the
     * deployment cache (survey benchmark, second run: 16 clients, a 500 within 4 s); with this, the next
     * run had none. An in-memory engine with a purged cache did not reproduce it (8 threads, 50 rounds),
     * so this keeps requests off the cold cache rather than fixing a known engine defect.
     */
    private void warmUp() {
        var repository = processEngine.getRepositoryService();
        repository.createProcessDefinitionQuery().latestVersion().list()
                .forEach(definition -> repository.getProcessDefinition(definition.getId()));
        repository.createDecisionDefinitionQuery().latestVersion().list()
                .forEach(definition -> repository.getDecisionDefinition(definition.getId()));
    }

    private List<String> readModelIndex() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                open(getClass().getClassLoader(), MODELS_INDEX), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty()).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + MODELS_INDEX, e);
        }
    }

    private static InputStream open(ClassLoader loader, String resource) {
        InputStream stream = loader.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("Missing process model resource " + resource);
        }
        return stream;
    }
}
