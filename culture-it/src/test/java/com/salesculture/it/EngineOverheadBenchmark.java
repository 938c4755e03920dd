package com.salesculture.it;

import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.workflow.process.CultureProgramProcess;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Our overhead over the engine (not part of the suite; {@code mvn -Pbenchmark verify
 * -Dit.test=EngineOverheadBenchmark}, see docs/benchmarks.md). Eight client threads start programmes
 * ({@code POST /api/programs}: domain row, process start, first task, decision-log entry) and then
 * complete tasks (an executive approving submitted intents). The same client then does the engine's
 * part of both through the application's stack ({@link OverheadCeilingResource}: sign-in, JAX-RS, a
 * stateless EJB, then only insert a row and start {@code culture-program}; complete the approval).
 * Eight threads inside the server then do the same through the engine's API alone, twice: on our own
 * models (insert a row and start {@code culture-program} by key with a business key, in one
 * transaction; complete an intent's approval as the executive), which runs our process code but no
 * HTTP, JSON, security, service or task rules; and on a bare one-task model with no listeners. The
 * same database, the same run. On PostgreSQL the client also samples what the server's connections
 * wait for while programmes start.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EngineOverheadBenchmark {

    private static final int THREADS = 8;
    private static final long SECONDS = Long.getLong("benchmark.seconds", 20);
    private static final int APPROVALS = 600;
    private static final String BARE_KEY = "benchmarkBare";
    /** What the server measured, for the client's report (both run on this machine). */
    private static final Path BARE_RESULTS = Path.of(System.getProperty("java.io.tmpdir"), "culture-engine-overhead.properties");

    private static Load oursStart;
    private static Load oursComplete;
    private static Load stackStart;
    private static Load stackComplete;
    /** The database's commits per start while each load ran (PostgreSQL: every connection's, the sampler's own left out). */
    private static double oursCommits = Double.NaN;
    private static double stackCommits = Double.NaN;
    private static final Queue<Long> programmes = new ConcurrentLinkedQueue<>();
    private static final Map<String, Long> waits = new TreeMap<>();
    /** The mail server the whole run: task mails are sent as in production, not retried against a closed port. */
    private static SmtpSink mailServer;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withApplicationClasses(Deployments.builtEarWith(EngineOverheadBenchmark.class, SmtpSink.class,
                BareProgramme.class), OverheadCeilingResource.class);
    }

    @Test
    @Order(0)
    void table() throws Exception {
        try (Connection connection = dataSource().getConnection()) {
            BareProgramme.createTable(connection);
        }
    }

    @Test
    @Order(1)
    @RunAsClient
    void oursStart() throws Exception {
        mailServer = new SmtpSink(Integer.parseInt(System.getenv("SMTP_PORT")));
        Files.deleteIfExists(BARE_RESULTS); // the report reads only this run's engine figures
        load(2, () -> startProgramme()); // warm
        programmes.clear();
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> sampleWaits(sampling));
        double commitsBefore = commits();
        sampler.start();
        oursStart = load(SECONDS, () -> programmes.add(startProgramme()));
        sampling.set(false);
        sampler.join();
        oursCommits = (commits() - commitsBefore - waits.getOrDefault("samples", 0L)) / (double) oursStart.operations;
        load(2, () -> startThroughStack()); // warm
        commitsBefore = commits();
        stackStart = load(SECONDS, () -> startThroughStack());
        stackCommits = (commits() - commitsBefore) / (double) stackStart.operations;
    }

    @Test
    @Order(2)
    @RunAsClient
    void oursComplete() throws Exception {
        // three times the approvals: the API completes a third, the stack ceiling a third, the engine alone the rest (modelComplete)
        Queue<String> approvals = new ConcurrentLinkedQueue<>();
        Queue<String> stackApprovals = new ConcurrentLinkedQueue<>();
        ExecutorService drafters = Executors.newFixedThreadPool(THREADS);
        for (int i = 0; i < 3 * APPROVALS; i++) {
            Long programme = programmes.poll();
            long id = programme == null ? startProgramme() : programme;
            Queue<String> completedBy = i % 3 == 0 ? approvals : i % 3 == 1 ? stackApprovals : null;
            drafters.submit(() -> {
                String task = submittedIntent(id);
                if (completedBy != null) {
                    completedBy.add(task);
                }
            });
        }
        drafters.shutdown();
        drafters.awaitTermination(10, TimeUnit.MINUTES);
        int prepared = approvals.size();
        oursComplete = eachOnce(approvals,
                task -> Api.expect(Api.postJson("eric", "/api/tasks/" + task + "/complete", "{\"decision\": \"APPROVE\"}"), 204));
        stackComplete = eachOnce(stackApprovals, task -> Api.expect(Api.postJson("eric",
                OverheadCeilingResource.PATH + "tasks/" + task + "/complete", "{\"decision\": \"APPROVE\"}"), 204));
        if (oursComplete.operations >= prepared || stackComplete.operations >= prepared) {
            System.out.println("Every prepared approval was completed: raise APPROVALS for a full " + SECONDS + " s");
        }
    }

    @Test
    @Order(3)
    void modelStart() throws Exception {
        save("model.start", starts(CultureProgramProcess.KEY, id -> CultureProgramProcess.businessKey(new ProgramId(BareProgramme.MODEL_IDS + id)),
                id -> CultureProgramProcess.startVariables(new ProgramId(BareProgramme.MODEL_IDS + id))));
    }

    @Test
    @Order(4)
    void modelComplete() throws Exception {
        ProcessEngine engine = engine();
        Map<String, Object> approve = new HashMap<>();
        approve.put("decision", "APPROVE");
        approve.put("reason", null);
        save("model.complete", eachOnce(ids(engine.getTaskService().createTaskQuery().processDefinitionKey("strategic-intent")
                .taskDefinitionKey("ApproveIntent").list()), task -> {
            engine.getIdentityService().setAuthentication("eric", List.of("executive"));
            try {
                engine.getTaskService().complete(task, approve);
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
        }));
    }

    @Test
    @Order(5)
    void bareStart() throws Exception {
        ProcessEngine engine = engine();
        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(BARE_KEY).count() == 0) {
            engine.getRepositoryService().createDeployment().name("benchmark").addString(BARE_KEY + ".bpmn", BARE_MODEL).deploy();
        }
        save("start", starts(BARE_KEY, id -> "benchmark:" + id, id -> Map.of()));
    }

    @Test
    @Order(6)
    void bareComplete() throws Exception {
        ProcessEngine engine = engine();
        save("complete", eachOnce(ids(engine.getTaskService().createTaskQuery().processDefinitionKey(BARE_KEY).list()),
                task -> engine.getTaskService().complete(task, Map.of("decision", "APPROVE"))));
    }

    @Test
    @Order(7)
    @RunAsClient
    void report() throws IOException {
        mailServer.close();
        Properties bare = new Properties();
        try (Reader in = Files.newBufferedReader(BARE_RESULTS)) {
            bare.load(in);
        }
        Load bareStart = Load.read(bare, "start");
        Load bareComplete = Load.read(bare, "complete");
        Load modelStart = Load.read(bare, "model.start");
        Load modelComplete = Load.read(bare, "model.complete");
        String report = String.format(Locale.ROOT, """
                Engine overhead benchmark, %s, %d threads, %d s each
                start  ours (POST /api/programs): %.1f/s, p95 %.1f ms
                       the stack + the engine (POST %sprograms: sign-in, JAX-RS, EJB, insert + start culture-program): %.1f/s, p95 %.1f ms | ours/this %.2f | this/engine alone on our model %.2f
                       engine alone, our model (insert + start culture-program by key): %.1f/s, p95 %.1f ms | ours/this %.2f
                       engine alone, one-task model (insert + start by key): %.1f/s, p95 %.1f ms | ours/this %.2f
                complete ours (POST /api/tasks/{id}/complete, an intent's approval): %.1f/s, p95 %.1f ms
                       the stack + the engine (POST %stasks/{id}/complete: sign-in, JAX-RS, EJB, complete): %.1f/s, p95 %.1f ms | ours/this %.2f | this/engine alone on our model %.2f
                       engine alone, our model (complete the approval): %.1f/s, p95 %.1f ms | ours/this %.2f
                       engine alone, one-task model (complete): %.1f/s, p95 %.1f ms | ours/this %.2f
                while programmes started, the server's connections were seen (%s samples, every 20 ms): %s
                the database's commits per start, background work included (PostgreSQL only): ours %.2f, the stack + the engine %.2f
                """, Instant.now().truncatedTo(ChronoUnit.SECONDS), THREADS, SECONDS,
                oursStart.perSecond(), oursStart.p95(),
                OverheadCeilingResource.PATH, stackStart.perSecond(), stackStart.p95(), oursStart.perSecond() / stackStart.perSecond(),
                stackStart.perSecond() / modelStart.perSecond(),
                modelStart.perSecond(), modelStart.p95(), oursStart.perSecond() / modelStart.perSecond(),
                bareStart.perSecond(), bareStart.p95(), oursStart.perSecond() / bareStart.perSecond(),
                oursComplete.perSecond(), oursComplete.p95(),
                OverheadCeilingResource.PATH, stackComplete.perSecond(), stackComplete.p95(),
                oursComplete.perSecond() / stackComplete.perSecond(), stackComplete.perSecond() / modelComplete.perSecond(),
                modelComplete.perSecond(), modelComplete.p95(), oursComplete.perSecond() / modelComplete.perSecond(),
                bareComplete.perSecond(), bareComplete.p95(), oursComplete.perSecond() / bareComplete.perSecond(),
                waits.getOrDefault("samples", 0L), waits.isEmpty() ? "(not sampled: PostgreSQL only)" : waits,
                oursCommits, stackCommits);
        System.out.println(report);
        Path out = Path.of(System.getenv().getOrDefault("BENCHMARK_OUT", "target/benchmark/overhead.txt"))
                .resolveSibling("engine-overhead.txt");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
    }

    // --- ours

    private static long startProgramme() {
        Api.Reply started = Api.postJson("lena", "/api/programs",
                "{\"name\": \"Overhead " + UUID.randomUUID() + "\", \"horizonMonths\": 36}");
        Api.expect(started, 201);
        return started.json().getJsonNumber("id").longValue();
    }

    private static void startThroughStack() {
        Api.expect(Api.postJson("lena", OverheadCeilingResource.PATH + "programs",
                "{\"name\": \"Overhead " + UUID.randomUUID() + "\", \"horizonMonths\": 36}"), 201);
    }

    /** The programme's intent drafted and submitted: its approval waits for an executive. */
    private static String submittedIntent(long id) {
        String intent = "/api/programs/" + id + "/intent";
        Api.expect(Api.putJson("lena", intent, Api.validIntent(), Api.get("lena", intent).etag()), 200);
        Api.expect(Api.complete("lena", Api.taskOfProgram("lena", id)), 204);
        return Api.taskOfProgram("eric", id);
    }

    /**
     * PostgreSQL's count of the benchmark database's commits (each autocommit statement is one; a backend
     * reports its counts within a second, so a 20 s load's figure is close); NaN elsewhere.
     */
    private static double commits() throws java.sql.SQLException {
        if (!"postgresql".equals(System.getenv("DB_KIND"))) {
            return Double.NaN;
        }
        try (Connection database = postgresql();
             ResultSet row = database.createStatement().executeQuery(
                     "select xact_commit from pg_stat_database where datname = current_database()")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Connection postgresql() throws java.sql.SQLException {
        Map<String, String> environment = System.getenv();
        return java.sql.DriverManager.getConnection("jdbc:postgresql://" + environment.getOrDefault("DB_HOST",
                "127.0.0.1") + ":" + environment.getOrDefault("DB_PORT", "5432") + "/" + environment.get("DB_NAME"),
                environment.getOrDefault("DB_USER", "culture"), environment.getOrDefault("DB_PASSWORD", "culture"));
    }

    /** What the server's connections do (state and wait event of PostgreSQL's pg_stat_activity, idle ones left out), counted. */
    private static void sampleWaits(AtomicBoolean sampling) {
        Map<String, String> environment = System.getenv();
        if (!"postgresql".equals(environment.get("DB_KIND"))) {
            return;
        }
        try (Connection database = postgresql();
             PreparedStatement activity = database.prepareStatement("select state, wait_event_type, wait_event, query"
                     + " from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")) {
            while (sampling.get()) {
                synchronized (waits) {
                    waits.merge("samples", 1L, Long::sum);
                    try (ResultSet rows = activity.executeQuery()) {
                        while (rows.next()) {
                            if (rows.getString(1) == null || "idle".equals(rows.getString(1))) {
                                continue;
                            }
                            String wait = rows.getString(1) + (rows.getString(2) == null ? "" : " " + rows.getString(2) + ":" + rows.getString(3));
                            String query = rows.getString(4) == null ? "" : rows.getString(4).toLowerCase(Locale.ROOT);
                            if (wait.contains(" Lock:") && query.contains("decision_log_head")) {
                                wait += " (decision_log_head)";
                            }
                            waits.merge(wait, 1L, Long::sum);
                        }
                    }
                }
                Thread.sleep(20);
            }
        } catch (Exception e) {
            waits.put("sampling failed: " + e, 0L);
        }
    }

    // --- the bare engine

    private static final String BARE_MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="benchmark" targetNamespace="benchmark">
              <bpmn:process id="benchmarkBare" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="Started"/>
                <bpmn:sequenceFlow id="ToDraft" sourceRef="Started" targetRef="Approve"/>
                <bpmn:userTask id="Approve" name="Approve" camunda:candidateGroups="executive"/>
                <bpmn:sequenceFlow id="ToEnd" sourceRef="Approve" targetRef="Ended"/>
                <bpmn:endEvent id="Ended"/>
              </bpmn:process>
            </bpmn:definitions>
            """;

    /** Programmes' rows inserted and processes of {@code key} started for them, warmed for 2 s, then measured. */
    private static Load starts(String key, LongFunction<String> businessKey, LongFunction<Map<String, Object>> variables)
            throws Exception {
        ProcessEngine engine = engine();
        UserTransactions transactions = new UserTransactions();
        Operation start = () -> insertAndStart(engine, transactions, key, businessKey, variables);
        load(2, start);
        return load(SECONDS, start);
    }

    /** In one transaction: a programme's row inserted, then a process of {@code key} started for it. */
    private static void insertAndStart(ProcessEngine engine, UserTransactions transactions, String key,
                                       LongFunction<String> businessKey, LongFunction<Map<String, Object>> variables) throws Exception {
        UserTransaction transaction = transactions.get();
        transaction.begin();
        try {
            long id;
            try (Connection connection = dataSource().getConnection()) {
                id = BareProgramme.insert(connection, null);
            }
            engine.getRuntimeService().startProcessInstanceByKey(key, businessKey.apply(id), variables.apply(id));
            transaction.commit();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    /** One UserTransaction per thread, looked up once. */
    private static final class UserTransactions extends ThreadLocal<UserTransaction> {
        @Override
        protected UserTransaction initialValue() {
            try {
                return (UserTransaction) new InitialContext().lookup("java:jboss/UserTransaction");
            } catch (javax.naming.NamingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void save(String name, Load load) throws IOException {
        Properties results = new Properties();
        if (Files.exists(BARE_RESULTS)) {
            try (Reader in = Files.newBufferedReader(BARE_RESULTS)) {
                results.load(in);
            }
        }
        load.write(results, name);
        try (Writer out = Files.newBufferedWriter(BARE_RESULTS)) {
            results.store(out, "bare engine, measured in the server");
        }
    }

    private static ProcessEngine engine() {
        return BareProgramme.engine();
    }

    private static DataSource dataSource() throws javax.naming.NamingException {
        return (DataSource) new InitialContext().lookup("java:jboss/datasources/CultureDS");
    }

    // --- load

    /** One operation of a load; {@link Stop} when there is nothing left to do. */
    @FunctionalInterface
    private interface Operation {
        void run() throws Exception;
    }

    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** Operations done, their p95 (ms) and the seconds they took. */
    private record Load(long operations, double p95, double seconds) {
        double perSecond() {
            return operations / seconds;
        }

        void write(Properties properties, String name) {
            properties.setProperty(name + ".operations", Long.toString(operations));
            properties.setProperty(name + ".p95", Double.toString(p95));
            properties.setProperty(name + ".seconds", Double.toString(seconds));
        }

        static Load read(Properties properties, String name) {
            return new Load(Long.parseLong(properties.getProperty(name + ".operations")),
                    Double.parseDouble(properties.getProperty(name + ".p95")),
                    Double.parseDouble(properties.getProperty(name + ".seconds")));
        }
    }

    /** What to do with one task. */
    @FunctionalInterface
    private interface TaskOperation {
        void run(String taskId) throws Exception;
    }

    /** {@link #load} over the tasks, each taken once by one thread, until the time or the tasks run out. */
    private static Load eachOnce(Collection<String> taskIds, TaskOperation operation) throws InterruptedException {
        Queue<String> left = new ConcurrentLinkedQueue<>(taskIds);
        return load(SECONDS, () -> {
            String task = left.poll();
            if (task == null) {
                throw new Stop();
            }
            operation.run(task);
        });
    }

    private static List<String> ids(List<org.camunda.bpm.engine.task.Task> tasks) {
        return tasks.stream().map(org.camunda.bpm.engine.task.Task::getId).toList();
    }

    /** {@link #THREADS} threads doing {@code operation} for {@code seconds} (or until one says stop); failures fail. */
    private static Load load(long seconds, Operation operation) throws InterruptedException {
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        Map<String, Throwable> failures = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong ended = new AtomicLong();
        long start = System.nanoTime();
        long until = start + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        for (int i = 0; i < THREADS; i++) {
            threads.submit(() -> {
                while (running.get() && System.nanoTime() < until) {
                    long began = System.nanoTime();
                    try {
                        operation.run();
                    } catch (Stop stop) {
                        break;
                    } catch (Throwable e) {
                        failures.putIfAbsent(e.toString(), e);
                        running.set(false);
                        break;
                    }
                    millis.add((System.nanoTime() - began) / 1e6);
                }
                ended.accumulateAndGet(System.nanoTime(), Math::max);
            });
        }
        threads.shutdown();
        threads.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        if (!failures.isEmpty()) {
            throw new AssertionError("the load failed: " + failures.keySet(), failures.values().iterator().next());
        }
        return new Load(millis.size(), Percentiles.of(millis, 95), (ended.get() - start) / 1e9);
    }
}
