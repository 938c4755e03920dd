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
import org.junit.jupiter.api.RepeatedTest;
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
    private static final int WARM_UP = 20;
    private static final int SAMPLES = 100;
    private static final List<String> USER_GROUPS = List.of("sales-leader", "hr", "finance");
    private static final String USER = "bench";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(InboxBenchmark.class);
    }

    /**
     * Fills the database in portions: one in-container call must end within the protocol's 60 s,
     * and 300 (PostgreSQL) to 700 (H2) tasks a second are created here. Stops adding once there are enough.
     */
    @RepeatedTest(12)
    @Order(1)
    void fill() throws Exception {
        ensureUser();
        ensureTasks(10_000);
    }

    @Test
    @Order(2)
    void firstInboxPage() throws Exception {
        if (engine().getTaskService().createTaskQuery().taskNameLike("Benchmark task %").count() < TASKS) {
            throw new AssertionError("fill() did not create " + TASKS + " tasks");
        }

        // planner statistics as a running database has them (autovacuum on PostgreSQL keeps them current;
        // right after a bulk load they are stale until it has run)
        try (Connection connection = dataSource().getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }

        String query = "/api/tasks?due=week";
        // one in-container call must end within 60 s: warm up and sample within a time box
        long deadline = System.nanoTime() + 45_000_000_000L;
        for (int i = 0; i < WARM_UP && System.nanoTime() < deadline - 30_000_000_000L; i++) {
            Api.get(USER, query);
            engineQuery();
        }
        List<Long> api = new ArrayList<>();
        List<Long> engine = new ArrayList<>();
        long matching = 0;
        for (int i = 0; i < SAMPLES && System.nanoTime() < deadline; i++) {
            long start = System.nanoTime();
            Api.Reply reply = Api.get(USER, query);
            api.add(System.nanoTime() - start);
            if (reply.status() != 200) {
                throw new AssertionError(reply.toString());
            }
            matching = reply.totalCount();
            start = System.nanoTime();
            engineQuery();
            engine.add(System.nanoTime() - start);
        }
        String database;
        try (Connection connection = dataSource().getConnection()) {
            database = connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion();
        }
        String report = String.format(Locale.ROOT, """
                Inbox benchmark, %s, %s
                open tasks: %d across %d candidate groups; user in %s; filter due=week; %d match
                API   GET %s (page 1, 20 rows, HTTP Basic): median %.1f ms, p95 %.1f ms (%d samples)
                engine task query (same filter, page and count): median %.1f ms, p95 %.1f ms
                ratio API/engine at p95: %.1f
                """, database, Instant.now().truncatedTo(ChronoUnit.SECONDS), openTasks(), GROUPS, USER_GROUPS,
                matching, query, percentile(api, 50), percentile(api, 95), api.size(), percentile(engine, 50),
                percentile(engine, 95), percentile(api, 95) / percentile(engine, 95));
        System.out.println(report);
        String out = System.getenv("BENCHMARK_OUT");
        if (out != null) {
            Files.createDirectories(Path.of(out).getParent());
            Files.writeString(Path.of(out), report);
        }
    }

    /** What the inbox asks the engine, without the application around it. */
    private static void engineQuery() {
        Instant now = Instant.now();
        var query = engine().getTaskService().createTaskQuery()
                .or().taskAssignee(USER).taskCandidateGroupIn(USER_GROUPS).endOr()
                .dueAfter(Date.from(now)).dueBefore(Date.from(now.plus(7, ChronoUnit.DAYS)))
                .orderByTaskCreateTime().desc().orderByTaskId().asc();
        query.count();
        query.listPage(0, 20);
    }

    /** Adds open tasks (at most so many in this call) until there are {@link #TASKS}; other benchmarks share them. */
    static long ensureTasks(int atMost) throws Exception {
        long existing = engine().getTaskService().createTaskQuery().taskNameLike("Benchmark task %").count();
        long target = Math.min(TASKS, existing + atMost);
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
