package com.salesculture.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.salesculture.domain.model.salesforce.SalesForce;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.mail.Message;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

/**
 * What in-container tests share: the engine (its jobs run on demand), the database, waiting for
 * what happens asynchronously, and a GreenMail SMTP server on the port the mail session uses.
 */
final class InServer {

    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{43})");

    private InServer() {
    }

    static ProcessEngine engine() {
        return BpmPlatform.getProcessEngineService().getProcessEngine("default");
    }

    /** Executes the process's timer now, as the job executor does when it is due. */
    static void runTimer(String processId, String activity) {
        Job job = await(() -> engine().getManagementService().createJobQuery().processInstanceId(processId).timers()
                .activityId(activity).singleResult(), java.util.Objects::nonNull);
        engine().getManagementService().executeJob(job.getId());
    }

    static void awaitActivity(String processId, String activity) {
        await(() -> engine().getRuntimeService().getActiveActivityIds(processId), ids -> ids.contains(activity));
    }

    static String awaitTask(String processId, String taskKey) {
        return await(() -> engine().getTaskService().createTaskQuery().processInstanceId(processId)
                .taskDefinitionKey(taskKey).singleResult(), java.util.Objects::nonNull).getId();
    }

    /**
     * Back to the real time after a test moved the engine clock; the deadline sweep's next turn, which the
     * moved clock scheduled far ahead, comes back to its 15 minutes, so later tests find the engine as
     * it runs.
     */
    static void resetClock() {
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        var management = engine().getManagementService();
        java.util.Date soon = java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofMinutes(15)));
        management.createJobQuery().processDefinitionKey("task-deadlines").timers().duedateHigherThan(soon).list()
                .forEach(job -> management.setJobDuedate(job.getId(), soon));
    }

    /**
     * Moves the engine clock and wakes the job executor: idle, it looks for due jobs only every 5 to 60 s
     * (its back-off), so a timer the move made due would wait that long in real time.
     */
    static void moveClockTo(java.time.Instant instant) {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(instant));
        ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration())
                .getJobExecutor().jobWasAdded();
    }

    /**
     * Moves the engine clock to the instant and waits until every job due by then has run: what a far move
     * sets off (other programmes' pay periods and cycles) is done before the step a test looks at.
     */
    static void settleAt(java.time.Instant instant) {
        moveClockTo(instant);
        await(() -> engine().getManagementService().createJobQuery().executable().count(), due -> due == 0);
    }

    static <T> T await(Supplier<T> read, java.util.function.Predicate<T> done) {
        long started = System.currentTimeMillis();
        long deadline = started + 45_000;
        T value = read.get();
        while (!done.test(value) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = read.get();
        }
        assertThat(done.test(value)).as("awaited condition, last seen %s", value).isTrue();
        long waited = System.currentTimeMillis() - started;
        if (waited > 3_000) { // where a slow run's time went
            System.out.printf("Awaited %.1f s at %s%n", waited / 1000.0, StackWalker.getInstance().walk(frames -> frames
                    .filter(f -> !f.getClassName().equals(InServer.class.getName())).findFirst().map(Object::toString).orElse("?")));
        }
        return value;
    }

    /** The loopback SMTP port the server sends to: a free one the build reserved (SMTP_PORT, which the server inherits). */
    static int smtpPort() {
        return Integer.parseInt(System.getenv("SMTP_PORT"));
    }

    /** A mail server on {@link #smtpPort()}, on this side of the test (the server or the client). */
    static GreenMail startSmtp() {
        GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return greenMail;
    }

    static Message awaitMail(GreenMail smtp, String recipient, String subject) {
        return await(() -> mailsTo(smtp, recipient).stream().filter(m -> subject(m).startsWith(subject)).findFirst()
                .orElse(null), java.util.Objects::nonNull);
    }

    static List<Message> mailsTo(GreenMail smtp, String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).map(Message.class::cast).toList();
    }

    static String subject(Message message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Message message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String token(Message mail) {
        Matcher link = LINK.matcher(text(mail));
        assertThat(link.find()).as("a personal link in %s", text(mail)).isTrue();
        return link.group(1);
    }

    /** Stores a link with a known token for an invitation, as if the mailer had mailed it. */
    static void issueLink(long invitationId, String token) throws Exception {
        update("insert into survey_link (token_hash, invitation_id, reminder, issued_at) values ('" + sha256(token)
                + "', " + invitationId + ", false, current_timestamp)");
        update("update survey_invitation set mailed_at = current_timestamp where id = " + invitationId);
    }

    static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    }

    static long count(String sql) throws Exception {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The first column of every row, as numbers (ids). */
    static List<Long> ids(String sql) throws Exception {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            List<Long> ids = new java.util.ArrayList<>();
            while (result.next()) {
                ids.add(result.getLong(1));
            }
            return ids;
        }
    }

    /** Waits until the count reaches the expected number (work a job finishes), and fails showing the last count. */
    static long awaitCount(String sql, long expected) {
        return await(() -> {
            try {
                return count(sql);
            } catch (Exception e) {
                throw new IllegalStateException(sql, e);
            }
        }, n -> n == expected);
    }

    static void update(String sql) throws Exception {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    static DataSource dataSource() throws Exception {
        return (DataSource) new InitialContext().lookup("java:jboss/datasources/CultureDS");
    }

    /** Whether the suite runs on PostgreSQL (else on H2). */
    static boolean postgres() throws Exception {
        try (java.sql.Connection connection = dataSource().getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        }
    }

    /** {@code parallel} calls released at once; how many answered each status (a 500 fails the test). */
    static Map<Integer, Integer> race(int parallel, IntFunction<Callable<Api.Reply>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                Callable<Api.Reply> one = call.apply(i);
                replies.add(pool.submit(() -> {
                    start.await();
                    return one.call();
                }));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Api.Reply> reply : replies) {
                Api.Reply answered = reply.get();
                assertThat(answered.status()).as(answered.toString()).isNotEqualTo(500);
                statuses.merge(answered.status(), 1, Integer::sum);
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A salesperson made for a test: with an account of their own ({@link #salespersonWithAccount()}) or without. */
    record Person(long id, String username, String name, String email) {
    }

    /**
     * A new salesperson of lena's team without an account, as a sales leader adds one. (One with an
     * account gets a task whenever values are approved: tests that count such tasks would meet it.)
     */
    static Person salesperson() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "seller-" + tag + "@culture.example";
        Api.Reply added = Api.postJson("lena", "/api/salespeople", "{\"name\": \"Seller " + tag + "\", \"email\": \""
                + email + "\", \"team\": \"North\"}");
        assertThat(added.status()).isEqualTo(201);
        return new Person(added.json().getJsonNumber("id").longValue(), null, "Seller " + tag, email);
    }

    /** A new salesperson with an account of their own (rows written before anyone reads them). */
    static Person salespersonWithAccount() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String username = "sp" + tag;
        account(username, "Seller " + tag, "salesperson");
        long id = 900_000 + count("select count(*) from salesperson") + (long) (Math.random() * 90_000);
        update("insert into salesperson (id, name, email, email_key, team_id, manager, status, username, version)"
                + " select " + id + ", 'Seller " + tag + "', '" + username + "@culture.example', '" + username
                + "@culture.example', team_id, 'lena', 'ACTIVE', '" + username + "', 1 from salesperson where id = 1");
        return new Person(id, username, "Seller " + tag, username + "@culture.example");
    }

    /**
     * Takes a test's salesperson out of the sales force through the aggregate itself, without an exit
     * case (status follows the processes, so no call may set it), so later programmes' charters ask
     * nothing of their account.
     */
    static void leaveSalesForce(long salespersonId) throws Exception {
        UserTransaction transaction = (UserTransaction) new InitialContext().lookup("java:jboss/UserTransaction");
        transaction.begin();
        try {
            CDI.current().select(SalesForce.class).get().salesperson(salespersonId).orElseThrow().exit(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
            transaction.commit();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    static void account(String username, String name, String... groups) throws Exception {
        if (count("select count(*) from app_user where username = '" + username + "'") > 0) {
            return;
        }
        update("insert into app_user (username, display_name, email, password_hash, language) select '" + username + "', '"
                + name + "', '" + username + "@culture.example', password_hash, 'en' from app_user where username = 'lena'");
        for (String group : groups) {
            update("insert into app_user_group (username, group_name) values ('" + username + "', '" + group + "')");
        }
    }

    /** RFC 4180: fields in double quotes, a quote doubled, rows ended by CRLF. */
    static List<List<String>> csvRows(String csv) {
        List<List<String>> rows = new java.util.ArrayList<>();
        List<String> row = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new java.util.ArrayList<>();
                i++; // the \n
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
