package com.salesculture.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import jakarta.transaction.UserTransaction;
import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inbox benchmark (not part of the suite; {@code mvn -Pbenchmark verify}, see docs/benchmarks.md):
 * 100,000 open tasks across 50 candidate groups; the first inbox page, with one filter, for a user in
 * three of those groups, through the API (HTTP Basic) and as the bare engine task query.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InboxBenchmark {

    static final int TASKS = 100_000;
    private static final int GROUPS = 50;
    private static final int BATCH = 1_000;
    private static final int SAMPLES = 100;
    private static final List<String> USER_GROUPS = List.of("sales-leader", "hr", "finance");
    private static final String USER = "bench";
    private static final String DUE_THIS_WEEK = "/api/tasks?due=week";
    private static final String INBOX = "/api/tasks";
    /** Filled by the steps in turn: in-container calls share the deployment's classes. */
    private static final StringBuilder REPORT = new StringBuilder();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(InboxBenchmark.class);
    }

    /**
     * Fills the database in one in-container call (the benchmark profile lifts the protocol's 60 s limit:
     * a repeated test runs every repetition in each call, so portions overlapped and overshot).
     */
    @Test
    @Order(1)
    void fill() throws Exception {
        ensureUser();
        ensureTasks();
    }

    @Test
    @Order(2)
    void prepare() throws Exception {
        if (engine().getTaskService().createTaskQuery().taskNameLike("Benchmark task %").count() < TASKS) {
            throw new AssertionError("fill() did not create " + TASKS + " tasks");
        }
        try (Connection connection = dataSource().getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            // planner statistics as a running database has them (autovacuum on PostgreSQL keeps them current;
            // right after a bulk load they are stale until it has run)
            statement.execute("ANALYZE");
        }
        quietMail();
        String database;
        try (Connection connection = dataSource().getConnection()) {
            database = connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion();
        }
        REPORT.setLength(0);
        REPORT.append(String.format(Locale.ROOT, """
                Inbox benchmark, %s, %s
                open tasks: %d across %d candidate groups; user in %s
                """, database, Instant.now().truncatedTo(ChronoUnit.SECONDS), openTasks(), GROUPS, USER_GROUPS));
    }

    /** Both pages and both queries, until the server's code and the database's pages are warm. */
    @Test
    @Order(3)
    void warmUp() throws Exception {
        long deadline = System.nanoTime() + 40_000_000_000L;
        for (int call = 0; System.nanoTime() < deadline; call++) {
            boolean dueThisWeek = call % 4 < 2;
            tick();
            if (call % 2 == 0) {
                Api.get(USER, dueThisWeek ? DUE_THIS_WEEK : INBOX);
            } else {
                engineQuery(dueThisWeek);
            }
        }
    }

    @Test
    @Order(4)
    void firstPageDueThisWeek() throws Exception {
        REPORT.append(sample(DUE_THIS_WEEK, true));
    }

    @Test
    @Order(5)
    void firstPage() throws Exception {
        REPORT.append(sample(INBOX, false));
        System.out.println(REPORT);
        String out = System.getenv("BENCHMARK_OUT");
        if (out != null) {
            Files.createDirectories(Path.of(out).getParent());
            Files.writeString(Path.of(out), REPORT);
        }
    }

    /**
     * The API's first page and the bare engine's query for it, alternately, for 40 s or 100 samples.
     * Each sample follows a write, as in a database in use: H2 would otherwise answer a query it has
     * just answered from its result cache.
     */
    private static String sample(String path, boolean dueThisWeek) throws Exception {
        long deadline = System.nanoTime() + 40_000_000_000L;
        List<Long> api = new ArrayList<>();
        List<Long> engine = new ArrayList<>();
        long matching = 0;
        for (int i = 0; i < SAMPLES && System.nanoTime() < deadline; i++) {
            tick();
            long start = System.nanoTime();
            Api.Reply reply = Api.get(USER, path);
            api.add(System.nanoTime() - start);
            if (reply.status() != 200) {
                throw new AssertionError(reply.toString());
            }
            matching = reply.totalCount();
            tick();
            start = System.nanoTime();
            engineQuery(dueThisWeek);
            engine.add(System.nanoTime() - start);
        }
        return String.format(Locale.ROOT, """
                GET %s: %d match
                  API (page 1, 20 rows, HTTP Basic): median %.1f ms, p95 %.1f ms (%d samples)
                  engine task query (same filter, page and count): median %.1f ms, p95 %.1f ms
                  ratio API/engine at p95: %.2f
                """, path, matching, percentile(api, 50), percentile(api, 95), api.size(), percentile(engine, 50),
                percentile(engine, 95), percentile(api, 95) / percentile(engine, 95));
    }

    /**
     * A task made and deleted again, each in a transaction of its own: H2 reuses a query's last result
     * while none of the tables it reads has changed, which a database in use never sees.
     */
    private static void tick() {
        TaskService tasks = engine().getTaskService();
        Task task = tasks.newTask();
        tasks.saveTask(task);
        tasks.deleteTask(task.getId(), true);
    }

    /** What the inbox asked the engine before it had its own query, without the application around it. */
    private static void engineQuery(boolean dueThisWeek) {
        Instant now = Instant.now();
        var query = engine().getTaskService().createTaskQuery()
                .or().taskAssignee(USER).taskCandidateGroupIn(USER_GROUPS).endOr();
        if (dueThisWeek) {
            query.dueAfter(Date.from(now)).dueBefore(Date.from(now.plus(7, ChronoUnit.DAYS)));
        }
        query.orderByTaskCreateTime().desc().orderByTaskId().asc();
        query.count();
        query.listPage(0, 20);
    }

    /**
     * The deadline checks queue a reminder for each benchmark task that falls due, for a mail server the
     * benchmark does not run; their retries would load the database while it samples. Marks them sent.
     */
    static void quietMail() throws Exception {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement sent = connection.prepareStatement("update mail_outbox set sent_at = ? where sent_at is null")) {
            sent.setTimestamp(1, java.sql.Timestamp.from(Instant.now()));
            sent.executeUpdate();
        }
    }

    /** Adds open tasks until there are {@link #TASKS}; other benchmarks share them. */
    static long ensureTasks() throws Exception {
        long existing = engine().getTaskService().createTaskQuery().taskNameLike("Benchmark task %").count();
        long target = TASKS;
        TaskService tasks = engine().getTaskService();
        UserTransaction transaction = (UserTransaction) new InitialContext().lookup("java:jboss/UserTransaction");
        Instant now = Instant.now();
        long created = 0;
        for (long i = existing; i < target; ) {
            transaction.begin();
            for (int inBatch = 0; inBatch < BATCH && i < target; inBatch++, i++) {
                Task task = tasks.newTask();
                task.setName("Benchmark task " + i);
                task.setDueDate(Date.from(now.plus((i * 7919) % 61 - 30, ChronoUnit.DAYS)));
                tasks.saveTask(task);
                tasks.addCandidateGroup(task.getId(), group((int) (i % GROUPS)));
                created++;
            }
            transaction.commit();
        }
        return created;
    }

    private static String group(int index) {
        return index < USER_GROUPS.size() ? USER_GROUPS.get(index) : String.format(Locale.ROOT, "bench-group-%02d", index);
    }

    static long openTasks() {
        return engine().getTaskService().createTaskQuery().count();
    }

    /** A user in three groups, with lena's password hash (so the password is "demo"). */
    private static void ensureUser() throws NamingException, SQLException {
        try (Connection connection = dataSource().getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement("select count(*) from app_user where username = ?")) {
                exists.setString(1, USER);
                try (ResultSet row = exists.executeQuery()) {
                    row.next();
                    if (row.getInt(1) > 0) {
                        return;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into app_user (username, display_name, email, password_hash)"
                    + " select ?, 'Benchmark User', 'bench@culture.example', password_hash from app_user where username = 'lena'")) {
                insert.setString(1, USER);
                insert.executeUpdate();
            }
            for (String group : USER_GROUPS) {
                try (PreparedStatement insert = connection.prepareStatement("insert into app_user_group (username, group_name) values (?, ?)")) {
                    insert.setString(1, USER);
                    insert.setString(2, group);
                    insert.executeUpdate();
                }
            }
        }
    }

    private static double percentile(List<Long> nanos, int percentile) {
        return Percentiles.of(nanos, percentile) / 1_000_000.0;
    }

    private static DataSource dataSource() throws NamingException {
        return (DataSource) new InitialContext().lookup("java:jboss/datasources/CultureDS");
    }

    private static ProcessEngine engine() {
        return BpmPlatform.getProcessEngineService().getProcessEngine("default");
    }
}
