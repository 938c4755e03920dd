package com.salesculture.it;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import com.salesculture.domain.model.survey.SurveyCycleId;
import com.salesculture.domain.model.survey.SurveyCycles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Survey benchmark (not part of the suite; {@code mvn -Pbenchmark verify}, see docs/benchmarks.md):
 * 5,000 salespeople × 40 contacts = 200,000 invitations generated and handed to a mail server on
 * loopback; survey submissions under load from this (second) process; scoring 100,000 responses.
 * Each figure beside a raw ceiling measured in the same run: a plain JDBC batch insert of the same
 * rows, the server's bare mail hand-off, a trivial endpoint of the same server under the same load, and
 * a submission's own statements alone, behind a servlet, and behind the application's stack.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurveyBenchmark {

    private static final int SALESPEOPLE = 5_000;
    private static final int CONTACTS_EACH = 40;
    private static final int IMPORT_ROWS = 20_000;
    private static final String TEAM = "Benchmark";
    private static final int CLIENT_THREADS = 16;
    private static final int WARM_UP = 2_000;
    private static final int SUBMISSIONS = 20_000;
    private static final int SCORED_RESPONSES = 100_000;
    /** The ceilings' loads, smaller: an in-container call must end within 60 s. */
    private static final int MAIL_CEILING = 20_000;
    private static final int SQL_WARM_UP = 1_000;
    private static final int SQL_SUBMISSIONS = 10_000;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Marks a submission that rates a value low, so that the report gives those apart (the server ignores it). */
    private static final String LOW_RATING = "X-Benchmark-Low-Rating";
    private static final List<Long> LOW_RATED = Collections.synchronizedList(new ArrayList<>());
    private static final List<Long> OTHERS = Collections.synchronizedList(new ArrayList<>());

    private static SmtpSink sink;
    private static long cycleId;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withServlet(Deployments.builtEarWith(SurveyBenchmark.class, SmtpSink.class,
                BareSubmission.class, SubmissionCeilingServlet.class), SubmissionCeilingServlet.PATH, SubmissionCeilingServlet.class,
                SubmissionCeilingResource.class);
    }

    @Test
    @Order(1)
    @RunAsClient
    void fill() throws Exception {
        JsonObject team = Api.get("lena", "/api/teams").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("name").equals(TEAM)).findFirst().orElse(null);
        if (team != null && team.getJsonNumber("headcount").longValue() >= SALESPEOPLE) {
            report("data: %d salespeople × %d contacts from an earlier run", SALESPEOPLE, CONTACTS_EACH);
            return;
        }
        expect(Api.postJson("lena", "/api/teams", "{\"name\": \"" + TEAM + "\", \"leader\": \"lena\"}"), 201);
        StringBuilder people = new StringBuilder("name,email,team\n");
        for (int p = 0; p < SALESPEOPLE; p++) {
            people.append("Bench Seller ").append(p).append(",bench-seller-").append(p).append("@culture.example,")
                    .append(TEAM).append('\n');
        }
        long start = System.nanoTime();
        expect(Api.postBytes("hana", "/api/salespeople", "text/csv", people.toString().getBytes(StandardCharsets.UTF_8)), 200);
        double salespeopleSeconds = seconds(start);
        start = System.nanoTime();
        StringBuilder contacts = new StringBuilder();
        int rows = 0;
        for (int p = 0; p < SALESPEOPLE; p++) {
            for (int c = 0; c < CONTACTS_EACH; c++) {
                contacts.append("Org ").append(p).append('-').append(c).append(",Contact ").append(c).append(",contact-")
                        .append(p).append('-').append(c).append("@bench.example,bench-seller-").append(p)
                        .append("@culture.example,en\n");
                if (++rows % IMPORT_ROWS == 0) {
                    expect(Api.postBytes("hana", "/api/customers", "text/csv", ("organisation,name,email,salesperson,language\n"
                            + contacts).getBytes(StandardCharsets.UTF_8)), 200);
                    contacts.setLength(0);
                }
            }
        }
        report("data: %d salespeople imported in %.1f s (one CSV); %d contacts in %.1f s (CSV files of %d rows)",
                SALESPEOPLE, salespeopleSeconds, rows, seconds(start), IMPORT_ROWS);
    }

    @Test
    @Order(2)
    @RunAsClient
    void invitationsGeneratedAndMailed() throws Exception {
        long programId = Api.programmeWithApprovedValues("lena");
        expect(Api.putJson("lena", "/api/programs/" + programId + "/survey-settings",
                "{\"cadenceMonths\": 3, \"openDays\": 21, \"reminderDays\": 7, \"fatigueDays\": 0}"), 200);
        sink = new SmtpSink(Integer.parseInt(System.getenv("SMTP_PORT")));
        long start = System.nanoTime();
        Api.Reply opened = Api.post("lena", "/api/programs/" + programId + "/survey-cycles");
        expect(opened, 201);
        cycleId = opened.json().getJsonNumber("id").longValue();
        JsonObject cycle;
        double invitedAfter = 0;
        do {
            Thread.sleep(500);
            cycle = Api.get("lena", "/api/survey-cycles/" + cycleId).json();
            if (invitedAfter == 0 && cycle.getInt("invited") > 0) {
                invitedAfter = seconds(start);
            }
            if (seconds(start) > 900) {
                throw new AssertionError("not all mailed after 15 minutes: " + cycle);
            }
        } while (cycle.getInt("invited") == 0 || cycle.getJsonNumber("mailed").longValue() < cycle.getInt("invited"));
        double total = seconds(start);
        report("invitations: %d generated after %.1f s; all handed to the SMTP server after %.1f s (%.0f mails/s); sink received %d",
                cycle.getInt("invited"), invitedAfter, total, cycle.getInt("invited") / total, sink.received());
        report("RESULT invitations+mail %.1f s (target <= 60 s)", total);
        Files.writeString(ceilingFile("invitations"), Double.toString(total));
    }

    /** The ceiling of invitation generation: the same number of rows as one plain JDBC batch insert. */
    @Test
    @Order(3)
    void jdbcBatchInsertCeiling() throws Exception {
        long invited = count("select invited from survey_cycle where id = (select max(id) from survey_cycle)");
        try (Connection connection = dataSource().getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create table bench_invitation (id bigint primary key, cycle_id bigint not null,"
                        + " customer_id bigint not null, salesperson_id bigint not null, language varchar(2) not null,"
                        + " invited_at timestamp with time zone not null, remind boolean not null)");
            }
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("insert into bench_invitation"
                    + " (id, cycle_id, customer_id, salesperson_id, language, invited_at, remind) values (?, ?, ?, ?, ?, ?, ?)")) {
                java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
                for (long i = 1; i <= invited; i++) {
                    insert.setLong(1, i);
                    insert.setLong(2, 1);
                    insert.setLong(3, i);
                    insert.setLong(4, i / CONTACTS_EACH);
                    insert.setString(5, "EN");
                    insert.setObject(6, now);
                    insert.setBoolean(7, false);
                    insert.addBatch();
                    if (i % 1_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            double seconds = seconds(start);
            connection.setAutoCommit(true);
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("drop table bench_invitation");
            }
            double ours = Double.parseDouble(Files.readString(ceilingFile("invitations")));
            report("ceiling: plain JDBC batch insert of %d invitation rows (batches of 1,000, one commit): %.1f s;"
                    + " generation + mail / ceiling = %.1f", invited, seconds, ours / seconds);
        }
    }

    /**
     * The ceiling of the hand-off: mails like the invitations (the server's mail session, the same text
     * and size, one message each) over as many connections as the server's senders, from the server, with
     * no database work; the time all the cycle's invitations would take at that rate.
     */
    @Test
    @Order(4)
    void mailCeiling() throws Exception {
        long invited = count("select invited from survey_cycle where id = (select max(id) from survey_cycle)");
        jakarta.mail.Session session = (jakarta.mail.Session) new InitialContext().lookup("java:jboss/mail/culture");
        int senders = Integer.getInteger("culture.mail.senders", 1);
        // a link of a token's length on a path the sink does not collect: the submissions use the real ones
        String body = "Dear Contact 1,\n\nBench Seller 1 would like to know how well we live our values. Three"
                + " questions, two minutes:\n\nhttp://127.0.0.1:8080/ceiling/" + "x".repeat(43)
                + "\n\nThe survey is open until 2026-12-27 12:00 UTC.\n";
        java.util.concurrent.atomic.AtomicInteger left = new java.util.concurrent.atomic.AtomicInteger(MAIL_CEILING);
        ExecutorService connections = Executors.newFixedThreadPool(senders);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < senders; c++) {
            workers.add(connections.submit(() -> {
                try (jakarta.mail.Transport transport = session.getTransport()) {
                    transport.connect();
                    for (int i; (i = left.getAndDecrement()) > 0; ) {
                        jakarta.mail.internet.MimeMessage message = new jakarta.mail.internet.MimeMessage(session);
                        message.setRecipient(jakarta.mail.Message.RecipientType.TO,
                                new jakarta.mail.internet.InternetAddress("contact-" + i + "@bench.example"));
                        message.setSubject("How well does Bench Seller 1 live our values?", "UTF-8");
                        message.setText(body, "UTF-8");
                        transport.sendMessage(message, message.getAllRecipients());
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double perSecond = MAIL_CEILING / seconds(start);
        connections.shutdown();
        Files.writeString(ceilingFile("mail"), Double.toString(invited / perSecond));
        double ours = Double.parseDouble(Files.readString(ceilingFile("invitations")));
        report("ceiling (mail): %d mails like the invitations over %d connections from the server, no database: %.0f mails/s;"
                        + " %d at that rate: %.1f s; generation + mail / this = %.2f", MAIL_CEILING, senders, perSecond, invited,
                invited / perSecond, ours / (invited / perSecond));
    }

    /**
     * The ceiling of the mailer's database work: its statements for the cycle's first invitations as
     * plain JDBC from as many threads as the server has senders, each taking the next run of 500 as the
     * senders do (read the batch with its contact, salesperson and cycle; claim it and store a link per
     * invitation, one commit; record it as mailed, one commit), with no mail, EJB or JPA. The links go to
     * a copy of {@code survey_link}, dropped after; the invitations keep a later {@code mailed_at}.
     * The report gives the time all the cycle's invitations would take at that rate, and that added to
     * the bare mail hand-off's: the two alone, one after the other, on the same cores.
     */
    @Test
    @Order(5)
    void mailBookkeepingCeiling() throws Exception {
        long cycle = count("select max(id) from survey_cycle");
        long invited = count("select invited from survey_cycle where id = " + cycle);
        long first = count("select min(id) from survey_invitation where cycle_id = " + cycle);
        int senders = Integer.getInteger("culture.mail.senders", 1);
        try (Connection connection = dataSource().getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("create table bench_link (token_hash varchar(64) not null primary key, invitation_id bigint not null"
                    + " references survey_invitation (id), reminder boolean not null, issued_at timestamp with time zone not null)");
            ddl.execute("create index bench_link_invitation on bench_link (invitation_id)");
        }
        java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong(first - 1);
        java.util.concurrent.atomic.AtomicInteger left = new java.util.concurrent.atomic.AtomicInteger(MAIL_CEILING);
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(senders);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < senders; t++) {
            workers.add(threads.submit(() -> {
                try (Connection connection = dataSource().getConnection();
                     PreparedStatement read = connection.prepareStatement("select i.id, c.email, c.name, i.language, p.name,"
                             + " y.closes_at from survey_invitation i join survey_cycle y on y.id = i.cycle_id"
                             + " join customer_contact c on c.id = i.customer_id join salesperson p on p.id = i.salesperson_id"
                             + " where i.id > ? and i.id <= ? and i.cycle_id = ? order by i.id");
                     PreparedStatement claim = connection.prepareStatement("update survey_invitation set mail_claimed_at = ?,"
                             + " mail_claimed_by = ? where id = ?");
                     PreparedStatement link = connection.prepareStatement(
                             "insert into bench_link (token_hash, invitation_id, reminder, issued_at) values (?, ?, false, ?)");
                     PreparedStatement record = connection.prepareStatement("update survey_invitation set mailed_at = ?,"
                             + " mail_claimed_at = null, mail_claimed_by = null where id = ?")) {
                    connection.setAutoCommit(false);
                    while (left.getAndAdd(-500) > 0) {
                        long after = next.getAndAdd(500);
                        List<Long> ids = new ArrayList<>();
                        read.setLong(1, after);
                        read.setLong(2, after + 500);
                        read.setLong(3, cycle);
                        try (ResultSet rows = read.executeQuery()) {
                            while (rows.next()) {
                                ids.add(rows.getLong(1));
                                rows.getString(2);
                                rows.getString(3);
                                rows.getString(5);
                                rows.getObject(6, java.time.OffsetDateTime.class);
                            }
                        }
                        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
                        for (long id : ids) {
                            claim.setObject(1, now);
                            claim.setString(2, "bench");
                            claim.setLong(3, id);
                            claim.addBatch();
                            link.setString(1, com.salesculture.domain.model.survey.SurveyToken.hash(
                                    com.salesculture.domain.model.survey.SurveyToken.next()));
                            link.setLong(2, id);
                            link.setObject(3, now);
                            link.addBatch();
                        }
                        claim.executeBatch();
                        link.executeBatch();
                        connection.commit();
                        for (long id : ids) {
                            record.setObject(1, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
                            record.setLong(2, id);
                            record.addBatch();
                        }
                        record.executeBatch();
                        connection.commit();
                        done.addAndGet(ids.size()); // a run of ids may hold fewer of the cycle's invitations
                    }
                    connection.setAutoCommit(true);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double perSecond = done.get() / seconds(start);
        threads.shutdown();
        execute("drop table bench_link");
        double ours = Double.parseDouble(Files.readString(ceilingFile("invitations")));
        double mail = Double.parseDouble(Files.readString(ceilingFile("mail")));
        report("ceiling (the mailer's database work): %d invitations read, claimed with a link each and recorded by %d threads"
                        + " in runs of 500, plain JDBC in the server, no mail: %.0f/s; %d at that rate: %.1f s; with the bare"
                        + " mail hand-off: %.1f s; generation + mail / the two = %.2f", done.get(), senders, perSecond, invited,
                invited / perSecond, invited / perSecond + mail, ours / (invited / perSecond + mail));
    }

    @Test
    @Order(6)
    @RunAsClient
    void submissionsUnderLoad() throws Exception {
        String first = sink.nextToken();
        List<Long> values = Api.get(null, "/api/surveys/" + first).json().getJsonArray("values")
                .getValuesAs(JsonObject.class).stream().map(v -> v.getJsonNumber("id").longValue()).toList();
        Supplier<HttpRequest> submission = answers("/api/surveys/", values);
        Supplier<HttpRequest> ping = () -> HttpRequest.newBuilder(URI.create(Api.BASE_URL + "/api/ping"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        load(submission, WARM_UP, 204);
        LOW_RATED.clear();
        OTHERS.clear();
        Load answered = load(submission, SUBMISSIONS, 204);
        Load lowRated = new Load(List.copyOf(LOW_RATED), 0);
        Load others = new Load(List.copyOf(OTHERS), 0);
        load(ping, WARM_UP, 204);
        Load trivial = load(ping, SUBMISSIONS, 204);
        Supplier<HttpRequest> bare = answers(SubmissionCeilingServlet.PATH, values);
        load(bare, WARM_UP, 204);
        Load servlet = load(bare, SUBMISSIONS, 204);
        Supplier<HttpRequest> stack = answers(SubmissionCeilingResource.PATH, values);
        load(stack, WARM_UP, 204);
        Load container = load(stack, SUBMISSIONS, 204);
        report("submissions: %d POST /api/surveys/{token} from %d client threads: %.0f requests/s, median %.1f ms, p95 %.1f ms",
                SUBMISSIONS, CLIENT_THREADS, answered.perSecond(), answered.percentile(50), answered.percentile(95));
        report("  of them %d with a low rating (a follow-up filed, its process started): median %.1f ms, p95 %.1f ms;"
                        + " the other %d: median %.1f ms, p95 %.1f ms", lowRated.latencies().size(), lowRated.percentile(50),
                lowRated.percentile(95), others.latencies().size(), others.percentile(50), others.percentile(95));
        report("ceiling: %d POST /api/ping (trivial JAX-RS endpoint, same server, same load): %.0f requests/s, p95 %.1f ms;"
                        + " submissions/ceiling: throughput %.2f, p95 %.1f",
                SUBMISSIONS, trivial.perSecond(), trivial.percentile(95), answered.perSecond() / trivial.perSecond(),
                answered.percentile(95) / trivial.percentile(95));
        report("ceiling (HTTP + database): %d POST %s{token} (a servlet: the same body read as JSON, the token hashed,"
                        + " the database ceiling's statements, one commit; no JAX-RS, EJB, JPA or engine): %.0f requests/s,"
                        + " median %.1f ms, p95 %.1f ms; submissions/this: %.2f; this/ping: %.2f", SUBMISSIONS,
                SubmissionCeilingServlet.PATH, servlet.perSecond(), servlet.percentile(50), servlet.percentile(95),
                answered.perSecond() / servlet.perSecond(), servlet.perSecond() / trivial.perSecond());
        report("ceiling (the stack + database): %d POST %s{token} (JAX-RS with JSON-B, a stateless EJB's security and"
                        + " transaction, the same statements; no JPA, domain rules or engine): %.0f requests/s, median %.1f ms,"
                        + " p95 %.1f ms; submissions/this: %.2f; this/ping: %.2f", SUBMISSIONS, SubmissionCeilingResource.PATH,
                container.perSecond(), container.percentile(50), container.percentile(95),
                answered.perSecond() / container.perSecond(), container.perSecond() / trivial.perSecond());
        report("RESULT submissions %.0f requests/s (target >= 500), p95 %.1f ms (target < 50 ms)", answered.perSecond(),
                answered.percentile(95));
        Files.writeString(ceilingFile("submissions"), answered.perSecond() + " " + trivial.perSecond());
        sink.close();
    }

    /** Answers on the links the mails carried, each to {@code path + token}; one in 20 rates a value 2. */
    private static Supplier<HttpRequest> answers(String path, List<Long> values) {
        return () -> {
            String token = sink.nextToken();
            int seed = token.hashCode() & 0xffff;
            // mostly 3 to 5; one answer in 20 rates a value 2, which through the API opens a follow-up task for the leader
            String body = "{\"ratings\": {\"" + values.get(0) + "\": " + (seed % 20 == 0 ? 2 : seed % 3 + 3) + ", \""
                    + values.get(1) + "\": " + (seed % 3 + 3) + ", \"" + values.get(2) + "\": " + (seed % 2 + 4)
                    + "}, \"comment\": \"Benchmark\"}";
            return HttpRequest.newBuilder(URI.create(Api.BASE_URL + path + token))
                    .header("Content-Type", "application/json").header(LOW_RATING, Boolean.toString(seed % 20 == 0))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        };
    }

    /**
     * The ceiling of a submission's own database work: its statements (the link's lookup, the guarded
     * update, the response, three ratings in a batch, one commit) as plain JDBC from as many threads as
     * the load has clients, inside the server: no HTTP, JSON, security, EJB, JPA or engine.
     */
    @Test
    @Order(7)
    void submissionSqlCeiling() throws Exception {
        long cycle = count("select max(id) from survey_cycle");
        long charter = count("select charter_id from survey_cycle where id = " + cycle);
        Map<Long, Integer> ratings = new LinkedHashMap<>(); // as an answer that rates every value 4
        java.util.concurrent.ConcurrentLinkedQueue<String> links = new java.util.concurrent.ConcurrentLinkedQueue<>();
        try (Connection connection = dataSource().getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select id from culture_value where charter_id = ? order by position")) {
                statement.setLong(1, charter);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ratings.put(rows.getLong(1), 4);
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("select l.token_hash from survey_link l"
                    + " join survey_invitation i on i.id = l.invitation_id where i.cycle_id = ? and i.responded_at is null"
                    + " order by i.id desc fetch first " + (SQL_WARM_UP + SQL_SUBMISSIONS) + " rows only")) {
                statement.setLong(1, cycle);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        links.add(rows.getString(1));
                    }
                }
            }
        }
        DataSource dataSource = dataSource();
        java.util.concurrent.Callable<Long> submission = () -> {
            String hash = links.remove();
            long started = System.nanoTime();
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                if (!BareSubmission.store(connection, hash, ratings, "Benchmark")) {
                    throw new AssertionError("the link " + hash + " was answered already");
                }
                connection.commit();
            }
            return System.nanoTime() - started;
        };
        calls(submission, SQL_WARM_UP);
        Load bare = calls(submission, SQL_SUBMISSIONS);
        String[] measured = Files.readString(ceilingFile("submissions")).split(" ");
        double ours = Double.parseDouble(measured[0]);
        double ping = Double.parseDouble(measured[1]);
        report("ceiling (database): %d submissions' statements as plain JDBC from %d threads in the server, one commit each:"
                        + " %.0f/s, median %.1f ms, p95 %.1f ms; submissions/this: %.2f; this/ping: %.2f",
                SQL_SUBMISSIONS, CLIENT_THREADS, bare.perSecond(), bare.percentile(50), bare.percentile(95),
                ours / bare.perSecond(), bare.perSecond() / ping);
    }

    /** Calls from a pool of {@value #CLIENT_THREADS} threads, each returning its own latency in nanoseconds. */
    private static Load calls(java.util.concurrent.Callable<Long> call, int count) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(count));
        ExecutorService threads = Executors.newFixedThreadPool(CLIENT_THREADS);
        java.util.concurrent.atomic.AtomicInteger left = new java.util.concurrent.atomic.AtomicInteger(count);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < CLIENT_THREADS; t++) {
            workers.add(threads.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    latencies.add(call.call());
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = seconds(start);
        threads.shutdown();
        return new Load(latencies, count / seconds);
    }

    /**
     * The rest of the 100,000 responses, as the page would store them but in bulk: a response and
     * three ratings each, 20,000 per in-container call (each must end within 60 s).
     */
    @RepeatedTest(5)
    @Order(8)
    void moreResponses() throws Exception {
        long cycle = count("select max(id) from survey_cycle");
        long charter = count("select charter_id from survey_cycle where id = " + cycle);
        long missing = Math.min(20_000, SCORED_RESPONSES - count("select count(*) from survey_response where cycle_id = " + cycle));
        if (missing <= 0) {
            return;
        }
        java.time.OffsetDateTime marker = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        execute("update survey_invitation set responded_at = ? where id in (select id from survey_invitation"
                + " where cycle_id = " + cycle + " and responded_at is null order by id fetch first " + missing + " rows only)", marker);
        execute("insert into survey_response (invitation_id, cycle_id, salesperson_id, submitted_at) select id, cycle_id,"
                + " salesperson_id, responded_at from survey_invitation where cycle_id = " + cycle + " and responded_at = ?", marker);
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select id from culture_value where charter_id = ? order by position")) {
            statement.setLong(1, charter);
            try (ResultSet rows = statement.executeQuery()) {
                for (int v = 0; rows.next(); v++) {
                    execute("insert into survey_rating (invitation_id, value_id, rating) select invitation_id, " + rows.getLong(1)
                            + ", mod(invitation_id + " + v + ", 5) + 1 from survey_response where cycle_id = " + cycle
                            + " and submitted_at = ?", marker);
                }
            }
        }
    }

    @Test
    @Order(9)
    void scoring() throws Exception {
        long cycle = count("select max(id) from survey_cycle");
        long charter = count("select charter_id from survey_cycle where id = " + cycle);
        long responses = count("select count(*) from survey_response where cycle_id = " + cycle);
        UserTransaction transaction = (UserTransaction) new InitialContext().lookup("java:jboss/UserTransaction");
        SurveyCycles cycles = CDI.current().select(SurveyCycles.class).get();
        transaction.begin();
        long start = System.nanoTime();
        cycles.computeScores(new SurveyCycleId(cycle), charter);
        transaction.commit();
        double seconds = seconds(start);
        long scores = count("select count(*) from survey_score where cycle_id = " + cycle);
        report("scoring: %d responses (%d ratings) of %d invitations into %d scores in %.2f s (the cycle's close step:"
                        + " one set-based statement)", responses, responses * 3,
                count("select count(*) from survey_invitation where cycle_id = " + cycle), scores, seconds);
        report("RESULT scoring %.2f s (target <= 10 s)", seconds);
    }

    /** Requests from a pool of client threads, each waiting for its answer before the next. */
    private static Load load(Supplier<HttpRequest> requests, int count, int expectedStatus) throws Exception {
        return calls(() -> {
            HttpRequest request = requests.get();
            long sent = System.nanoTime();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            long latency = System.nanoTime() - sent;
            request.headers().firstValue(LOW_RATING).ifPresent(low -> (Boolean.parseBoolean(low) ? LOW_RATED : OTHERS).add(latency));
            if (response.statusCode() != expectedStatus) {
                throw new AssertionError(response.statusCode() + " " + response.body());
            }
            return latency;
        }, count);
    }

    private record Load(List<Long> latencies, double perSecond) {

        double percentile(int percentile) {
            return Percentiles.of(latencies, percentile) / 1e6;
        }
    }

    private static void report(String format, Object... arguments) throws Exception {
        String line = String.format(Locale.ROOT, format, arguments);
        System.out.println(line);
        Path out = Path.of(System.getenv().getOrDefault("BENCHMARK_OUT", "target/benchmark/inbox.txt")).resolveSibling("survey.txt");
        Files.createDirectories(out.getParent());
        if (!Files.exists(out) || line.startsWith("data:")) {
            Files.writeString(out, "Survey benchmark, " + database() + ", " + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                    + System.lineSeparator());
        }
        Files.writeString(out, line + System.lineSeparator(), StandardOpenOption.APPEND);
    }

    private static String database() {
        String kind = System.getenv().getOrDefault("DB_KIND", "h2");
        return kind.equals("postgresql") ? "PostgreSQL" : "H2";
    }

    private static Path ceilingFile(String name) throws Exception {
        Path out = Path.of(System.getenv().getOrDefault("BENCHMARK_OUT", "target/benchmark/inbox.txt"))
                .resolveSibling("survey-" + name + ".seconds");
        Files.createDirectories(out.getParent());
        return out;
    }

    private static void expect(Api.Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + ": " + reply);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void execute(String sql, Object... parameters) throws Exception {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static DataSource dataSource() throws Exception {
        return (DataSource) new InitialContext().lookup("java:jboss/datasources/CultureDS");
    }
}
