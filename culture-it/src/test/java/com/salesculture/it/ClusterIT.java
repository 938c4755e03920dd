package com.salesculture.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.openqa.selenium.By;

/**
 * Two nodes behind the proxy ({@link Cluster}), as {@code mvn -Pcluster package} runs them: what one
 * node writes the other reads at once, and a person whose node dies goes on working on the other.
 * The cluster runs on PostgreSQL only, so this class runs in the suite's PostgreSQL run.
 */
@EnabledIfEnvironmentVariable(named = "DB_KIND", matches = "postgresql")
class ClusterIT {

    private static final Logger LOG = Logger.getLogger(ClusterIT.class.getName());
    private static final int CLIENTS = 8;
    /** The most mail one dispatcher claims at once: what a node that dies after sending may leave to be sent again. */
    private static final int CLAIMED_BATCH = 100;

    private static SmtpSink mail;
    private static Cluster cluster;
    /** Tells the load test's clients to pause between rounds. */
    private static final AtomicBoolean easeOff = new AtomicBoolean();

    @BeforeAll
    static void startCluster() throws Exception {
        int smtpPort = Cluster.freePort();
        mail = new SmtpSink(smtpPort);
        cluster = Cluster.start(smtpPort);
        Api.talkTo(cluster.url());
    }

    @AfterAll
    static void stopCluster() throws Exception {
        Api.talkTo(Api.BASE_URL);
        if (cluster != null) {
            cluster.close();
        }
        if (mail != null) {
            mail.close();
        }
    }

    @Test
    @DisplayName("Eight clients work through the proxy while a node is killed (SIGKILL) and started again: every "
            + "acknowledged programme, task and survey answer holds, none is doubled, the survey's timers fire once each, "
            + "all mail goes out (a Message-ID twice at most for one batch the dead node had claimed), no job stays "
            + "locked past its lock, the decision log verifies; a browser signed in on the killed node goes on editing "
            + "on the other: still signed in, the page's state kept, the draft saved")
    void acknowledgedWorkHoldsWhenANodeDiesUnderLoad() throws Exception {
        Survey survey = Survey.open(CLIENTS * 10);
        Set<Long> started = ConcurrentHashMap.newKeySet();
        Set<Long> submitted = ConcurrentHashMap.newKeySet();
        Set<String> answered = ConcurrentHashMap.newKeySet();
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        String run = "Cluster load " + UUID.randomUUID().toString().substring(0, 8) + " ";
        long edited = Api.postJson("lena", cluster.url() + "/api/programs",
                "{\"name\": \"Failover " + UUID.randomUUID() + "\", \"horizonMonths\": 24}").json().getJsonNumber("id").longValue();
        String statement = "Become the partner our clients grow with, node after node";
        try (Browser browser = new Browser()) {
            // a person editing on the node that will die: the proxy's sticky cookie names it
            browser.open(cluster.url() + "/intent.xhtml?program=" + edited).signIn("lena");
            browser.type(By.id("intent:statement"), statement);
            browser.firstDeliverable("Revenue from existing clients in segment X");
            String servedBy = browser.cookie("CULTURE_NODE");
            assertThat(servedBy).as("the proxy's sticky cookie").startsWith("culture-");
            int victim = Cluster.node(servedBy);

            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int i = 0; i < CLIENTS; i++) {
                String leader = i % 2 == 0 ? "lena" : "leo";
                String address = "127.0.1." + (i + 1); // each client from an address of its own, as customers are
                clients.submit(() -> work(leader, address, run, survey, running, started, submitted, attempted, answered));
            }
            boolean down = false;
            try {
                awaitAtLeast(submitted, 16);
                survey.claimOneSilentBy(victim); // and whatever the victim's sender itself holds when it dies
                survey.fire("ReminderDue"); // both nodes' job executors race for it; it must run once
                cluster.kill(victim);
                down = true;
                int beforeKill = submitted.size();
                LOG.info(() -> "Killed node " + victim + " after " + beforeKill + " submissions");
                browser.click(By.id("intent:save"));
                assertThat(browser.find(By.id("intent:messages")).getText()).as("saved on the other node").contains("Draft saved.");
                assertThat(browser.cookie("CULTURE_NODE")).as("now served by the other node").isNotEqualTo(servedBy);
                browser.screenshot("cluster-failover-saved");
                assertThat(browser.open(cluster.url() + "/inbox.xhtml").isPresent(By.id("signedInAs"))).as("still signed in").isTrue();
                awaitAtLeast(submitted, beforeKill + 16); // the other node goes on serving through the proxy
                // the clients ease off while the victim boots: under their full load a boot took 2.6 minutes, idle 27 s
                easeOff.set(true);
                cluster.restart(victim);
                down = false;
                easeOff.set(false);
                awaitAtLeast(submitted, submitted.size() + 8); // and both again
            } finally {
                running.set(false);
                clients.shutdown();
                clients.awaitTermination(2, TimeUnit.MINUTES);
                if (down) { // a check failed while the victim was down: the class's other tests need both nodes
                    try {
                        cluster.restart(victim);
                    } catch (Exception e) { // the check's own failure is what this test reports
                        LOG.warning(() -> "Node " + victim + " did not start again: " + e);
                    }
                }
            }
        }
        assertThat(Api.get("lena", cluster.url() + "/api/programs/" + edited + "/intent").json().getString("statement"))
                .as("the draft saved after the failover").isEqualTo(statement);
        survey.awaitRemindersSent(); // a closed cycle sends no more
        survey.fire("DeadlineReached"); // with both nodes up again
        LOG.info(() -> started.size() + " programmes started, " + submitted.size() + " intents submitted, "
                + answered.size() + " survey answers");

        for (long id : started) {
            Api.Reply programme = Api.get("lena", "/api/programs/" + id);
            assertThat(programme.status()).as("acknowledged programme %d", id).isEqualTo(200);
            assertThat(programme.json().getString("processInstanceId", null)).as("its process").isNotNull();
            String phase = programme.json().getString("phase");
            if (submitted.contains(id)) {
                assertThat(phase).as("acknowledged submission of %d", id).isEqualTo("INTENT_DRAFTED");
            }
            // its one open task: the approval once submitted (acknowledged or not), else the draft
            assertThat(Api.get(phase.equals("INTENT_DRAFTED") ? "eric" : "lena", "/api/tasks?program=" + id).jsonArray())
                    .as("the open task of programme %d (%s)", id, phase).hasSize(1);
        }
        assertThat(answered).as("survey answers acknowledged").isNotEmpty();
        awaitStatus(cluster.url() + "/api/survey-cycles/" + survey.cycleId, "CLOSED");
        JsonObject cycle = Api.get("lena", "/api/survey-cycles/" + survey.cycleId).json();
        // an answer stored by a node that died before replying was never acknowledged: more may be stored, never fewer
        assertThat(cycle.getJsonNumber("responded").longValue()).as("answers counted by the cycle")
                .isBetween((long) answered.size(), (long) attempted.size());
        assertThat(Api.get("aude", "/api/audit/verify").json().getBoolean("intact")).as("the decision log").isTrue();
        try (Connection database = Cluster.database()) {
            assertThat(count(database, "select count(*) from (select name from program where name like '" + run
                    + "%' group by name having count(*) > 1) doubled")).as("programmes started twice").isZero();
            assertThat(count(database, "select count(*) from survey_response r join survey_invitation i on i.id = r.invitation_id"
                    + " where i.cycle_id = " + survey.cycleId)).as("answers stored, once each")
                    .isEqualTo(cycle.getJsonNumber("responded").longValue());
            for (String timer : new String[]{"ReminderDue", "DeadlineReached"}) {
                assertThat(count(database, "select count(*) from act_hi_actinst where proc_inst_id_ = '" + survey.processInstance
                        + "' and act_id_ = '" + timer + "' and end_time_ is not null")).as("%s fired", timer).isEqualTo(1);
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (count(database, "select count(*) from mail_outbox where sent_at is null") > 0 && System.nanoTime() < deadline) {
                Thread.sleep(1000);
            }
            assertThat(count(database, "select count(*) from mail_outbox where sent_at is null")).as("mail not sent").isZero();
            assertThat(count(database, "select count(*) from act_ru_job where lock_owner_ is not null"
                    + " and lock_exp_time_ < now() - interval '30 seconds'")).as("jobs locked past their lock").isZero();
        }
        List<String> silent = survey.contacts.stream().filter(contact -> !survey.answeredBy(contact, attempted)).toList();
        // at least once: a reminder the victim handed over but had not recorded when it died goes out again, with a new link
        assertThat(silent).as("customers who never answered").isNotEmpty()
                .allSatisfy(contact -> assertThat(mail.linksTo(contact)).as("invitation and reminder to %s", contact)
                        .hasSizeBetween(2, 3));
        Map<String, Integer> twice = new java.util.TreeMap<>(mail.messageIds());
        twice.values().removeIf(times -> times == 1);
        LOG.info(() -> mail.messageIds().size() + " mails received, " + twice.size() + " of them twice");
        assertThat(mail.messageIds()).as("mail received").isNotEmpty();
        assertThat(twice).as("mail received twice: at most one claimed batch, and never three times").hasSizeLessThanOrEqualTo(CLAIMED_BATCH)
                .allSatisfy((id, times) -> assertThat(times).isEqualTo(2));
    }

    /**
     * One client: start a programme, draft its intent, submit it, and answer one customer's survey from its
     * own address; again until told to stop.
     */
    private static void work(String leader, String address, String run, Survey survey, AtomicBoolean running,
                             Set<Long> started, Set<Long> submitted, Set<String> attempted, Set<String> answered) {
        while (running.get()) {
            try {
                if (easeOff.get()) {
                    Thread.sleep(2000);
                }
                Api.Reply start = Api.postJson(leader, "/api/programs",
                        "{\"name\": \"" + run + UUID.randomUUID() + "\", \"horizonMonths\": 36}");
                if (start.status() != 201) {
                    continue;
                }
                long id = start.json().getJsonNumber("id").longValue();
                started.add(id);
                String intent = "/api/programs/" + id + "/intent";
                if (Api.putJson(leader, intent, Api.validIntent(), Api.get(leader, intent).etag()).status() != 200) {
                    continue;
                }
                String task = Api.get(leader, "/api/tasks?program=" + id).jsonArray().getJsonObject(0).getString("id");
                if (Api.postJson(leader, "/api/tasks/" + task + "/complete", Api.SUBMIT).status() == 204) {
                    submitted.add(id);
                }
                String token = survey.links.poll();
                if (token != null && attempted.add(token) && "204".equals(Api.from(address, "POST", cluster.url() + "/api/surveys/" + token,
                        null, null, "application/json", survey.answer())[0])) {
                    answered.add(token);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | java.io.IOException e) {
                // a node died under this request: what it acknowledged is recorded, the rest is not claimed
            }
        }
    }

    /** A survey cycle of one salesperson's customers, open while the clients work; its links as mailed. */
    private record Survey(long cycleId, String processInstance, List<String> contacts, Queue<String> links, List<Long> values) {

        static Survey open(int customers) throws InterruptedException {
            long programme = Api.programmeWithApprovedValues("lena");
            String tag = UUID.randomUUID().toString().substring(0, 8);
            String seller = "seller-" + tag + "@culture.example";
            Api.expect(Api.postJson("lena", "/api/salespeople", "{\"name\": \"Seller " + tag + "\", \"email\": \""
                    + seller + "\", \"team\": \"North\"}"), 201);
            List<String> contacts = Api.contactsOf(seller, "en", customers);
            JsonObject cycle = Api.post("lena", "/api/programs/" + programme + "/survey-cycles").json();
            Queue<String> links = new ConcurrentLinkedQueue<>();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!contacts.stream().allMatch(contact -> !mail.linksTo(contact).isEmpty())) {
                assertThat(System.nanoTime()).as("every customer's invitation mailed").isLessThan(deadline);
                Thread.sleep(500);
            }
            contacts.subList(0, customers / 2).forEach(contact -> links.add(mail.linksTo(contact).get(0))); // the rest stay silent
            List<Long> values = Api.get(null, "/api/surveys/" + links.peek()).json().getJsonArray("values")
                    .getValuesAs(JsonObject.class).stream().map(v -> v.getJsonNumber("id").longValue()).toList();
            return new Survey(cycle.getJsonNumber("id").longValue(), cycle.getString("processInstanceId"), contacts, links, values);
        }

        String answer() {
            var ratings = jakarta.json.Json.createObjectBuilder();
            values.forEach(value -> ratings.add(value.toString(), 4));
            return jakarta.json.Json.createObjectBuilder().add("ratings", ratings).build().toString();
        }

        boolean answeredBy(String contact, Set<String> answered) {
            return answered.contains(mail.linksTo(contact).get(0));
        }

        /**
         * Brings the cycle's waiting timer forward to now, as the engine's clock reaching it would, and waits
         * until the engine ran that timer's step (the timer is made only once the step before it is done).
         */
        void fire(String timer) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            try (Connection database = Cluster.database()) {
                while (count(database, "select count(*) from act_hi_actinst where proc_inst_id_ = '" + processInstance
                        + "' and act_id_ = '" + timer + "' and end_time_ is not null") == 0) {
                    assertThat(System.nanoTime()).as("%s fired", timer).isLessThan(deadline);
                    database.createStatement().executeUpdate("update act_ru_job set duedate_ = now() where type_ = 'timer'"
                            + " and lock_owner_ is null and duedate_ > now() and process_instance_id_ = '" + processInstance + "'");
                    Thread.sleep(500);
                }
            }
        }

        /**
         * As if a node's sender had claimed a silent customer's invitation and died before mailing it: the
         * claim holds its reminder back for ten minutes, longer than this test waits, unless the node frees
         * what it held when it starts again.
         */
        void claimOneSilentBy(int node) throws Exception {
            try (Connection database = Cluster.database()) {
                assertThat(database.createStatement().executeUpdate("update survey_invitation set mail_claimed_at = now(),"
                        + " mail_claimed_by = 'culture-" + node + "' where cycle_id = " + cycleId + " and customer_id ="
                        + " (select id from customer_contact where email = '" + contacts.get(contacts.size() - 1) + "')"))
                        .as("the invitation claimed").isEqualTo(1);
            }
        }

        void awaitRemindersSent() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            try (Connection database = Cluster.database()) {
                while (count(database, "select count(*) from survey_invitation where cycle_id = " + cycleId
                        + " and remind and reminded_at is null and responded_at is null") > 0) {
                    assertThat(System.nanoTime()).as("reminders mailed").isLessThan(deadline);
                    Thread.sleep(500);
                }
            }
        }
    }

    private static void awaitTimerOf(String processInstance) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        try (Connection database = Cluster.database()) {
            while (count(database, "select count(*) from act_ru_job where type_ = 'timer' and process_instance_id_ = '"
                    + processInstance + "'") == 0) {
                assertThat(System.nanoTime()).as("the cycle's reminder timer").isLessThan(deadline);
                Thread.sleep(200);
            }
        }
    }

    private static void awaitStatus(String url, String status) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!status.equals(Api.get("lena", url).json().getString("status"))) {
            assertThat(System.nanoTime()).as("%s %s", url, status).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private static void awaitAtLeast(Set<Long> submitted, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (submitted.size() < count) {
            assertThat(System.nanoTime()).as("%d submissions in 3 minutes", count).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static long count(Connection database, String sql) throws java.sql.SQLException {
        try (ResultSet result = database.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Test
    @DisplayName("What one node writes (a programme, its close, a survey cycle's status, an exit case's stage, a "
            + "salesperson's details) the other node reads at once")
    void aWriteOnOneNodeIsReadOnTheOtherAtOnce() throws Exception {
        String a = cluster.nodeUrl(1);
        String b = cluster.nodeUrl(2);
        Api.Reply started = Api.postJson("lena", a + "/api/programs",
                "{\"name\": \"Cluster " + UUID.randomUUID() + "\", \"horizonMonths\": 24}");
        assertThat(started.status()).as("%s", started).isEqualTo(201);
        long id = started.json().getJsonNumber("id").longValue();
        assertThat(Api.get("lena", b + "/api/programs/" + id).json().getString("phase")).isEqualTo("DRAFTING_INTENT");

        Api.Reply closed = Api.postJson("eric", b + "/api/programs/" + id + "/close", "{\"reason\": \"Written on B\"}");
        assertThat(closed.status()).as("%s", closed).isEqualTo(200);
        assertThat(Api.get("lena", a + "/api/programs/" + id).json().getString("phase")).as("read on A").isEqualTo("CLOSED");
        assertThat(Api.get("lena", a + "/api/tasks?program=" + id).jsonArray()).as("its tasks, on A").isEmpty();

        String email = "cluster-" + UUID.randomUUID().toString().substring(0, 8) + "@culture.example";
        Api.Reply added = Api.postJson("hana", a + "/api/salespeople", "{\"name\": \"Kim Cluster\", \"email\": \"" + email
                + "\", \"team\": \"North\", \"manager\": \"lena\", \"status\": \"active\", \"language\": \"en\"}");
        assertThat(added.status()).as("%s", added).isEqualTo(201);
        long person = added.json().getJsonNumber("id").longValue();
        Api.Reply read = Api.get("hana", b + "/api/salespeople/" + person);
        Api.Reply changed = Api.putJson("hana", a + "/api/salespeople/" + person, "{\"name\": \"Kim Cluster-Berg\", \"email\": \""
                + email + "\", \"team\": \"North\", \"manager\": \"leo\", \"status\": \"active\", \"language\": \"de\"}",
                read.etag());
        assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        Api.Reply again = Api.get("hana", b + "/api/salespeople/" + person);
        assertThat(again.json().getString("name")).as("read on B").isEqualTo("Kim Cluster-Berg");
        assertThat(again.json().getString("manager")).isEqualTo("leo");
        assertThat(again.etag()).isNotEqualTo(read.etag());
        // the revision B read first is stale now on either node: refused (412), not a lost update
        assertThat(Api.putJson("hana", b + "/api/salespeople/" + person, "{\"name\": \"Kim Old\", \"email\": \"" + email
                + "\", \"team\": \"North\", \"manager\": \"lena\", \"status\": \"active\", \"language\": \"en\"}",
                read.etag()).status()).isEqualTo(412);

        // a survey cycle opened and read on A, closed on B, read closed on A
        long surveyed = Api.programmeWithApprovedValues("lena");
        Api.contactsOf(email, "en", 2);
        JsonObject opened = Api.post("lena", a + "/api/programs/" + surveyed + "/survey-cycles").json();
        long cycle = opened.getJsonNumber("id").longValue();
        assertThat(Api.get("lena", b + "/api/survey-cycles/" + cycle).json().getString("status")).isEqualTo("OPEN");
        awaitTimerOf(opened.getString("processInstanceId")); // closing moves the reminder's timer: it must be there
        Api.Reply closing = Api.post("lena", b + "/api/survey-cycles/" + cycle + "/close");
        assertThat(closing.status()).as("%s", closing).isEqualTo(200);
        assertThat(Api.get("lena", a + "/api/survey-cycles/" + cycle).json().getString("closesAt")).as("the new deadline, read on A")
                .isEqualTo(closing.json().getString("closesAt"));
        awaitStatus(a + "/api/survey-cycles/" + cycle, "CLOSED"); // once the engine ran the moved timers

        // an exit case proposed and read on B, accepted by HR on A, read at its next stage on B
        Api.Reply proposed = Api.postJson("lena", b + "/api/exit-cases", "{\"salespersonId\": " + person + ", \"reason\": \"UNWILLING\","
                + " \"statement\": \"Refused the values in writing\", \"documents\": [{\"name\": \"letter.txt\","
                + " \"contentType\": \"text/plain\", \"content\": \"UmVmdXNlZA==\"}]}");
        assertThat(proposed.status()).as("%s", proposed).isEqualTo(201);
        long exit = proposed.json().getJsonObject("summary").getJsonNumber("id").longValue();
        assertThat(Api.get("hana", b + "/api/exit-cases/" + exit).json().getJsonObject("summary").getString("stage")).isEqualTo("HR_REVIEW");
        assertThat(Api.postJson("hana", a + "/api/exit-cases/" + exit + "/hr-review", "{\"decision\": \"ACCEPT\"}").status()).isEqualTo(200);
        assertThat(Api.get("hana", b + "/api/exit-cases/" + exit).json().getJsonObject("summary").getString("stage"))
                .as("read on B").isEqualTo("EXECUTIVE_APPROVAL");
    }

    @Test
    @DisplayName("The survey rate limit holds per client address across the cluster, and the proxy, not the client, "
            + "names that address")
    void theSurveyRateLimitHoldsAcrossTheCluster() throws Exception {
        String client = "127.0.0.9"; // an address of its own: nothing else in this class counts against it
        String survey = "/api/surveys/" + "C".repeat(43);
        int limit = 60; // the cluster's nodes run with the default
        long intoMinute = System.currentTimeMillis() % 60_000;
        if (intoMinute > 40_000) {
            Thread.sleep(60_500 - intoMinute); // the count is per clock minute: all of this test's in one
        }
        for (int i = 0; i < limit; i++) { // half on each node, straight to it
            String[] reply = Api.from(client, "POST", cluster.nodeUrl(1 + i % 2) + survey, null, null,
                    "application/json", "{\"ratings\": {}}");
            assertThat(reply[0]).as("submission %d", i + 1).isEqualTo("404");
        }
        for (String server : new String[]{cluster.nodeUrl(1), cluster.nodeUrl(2), cluster.url()}) {
            assertThat(Api.from(client, "POST", server + survey, null, null, "application/json", "{\"ratings\": {}}")[0])
                    .as("one more at %s", server).isEqualTo("429");
        }
        assertThat(Api.from("127.0.0.10", "POST", cluster.url() + survey, null, null, "application/json",
                "{\"ratings\": {}}", "X-Forwarded-For: " + client)[0])
                .as("another client naming the limited address itself: the proxy replaces the header").isEqualTo("404");
    }

    @Test
    @DisplayName("The sign-in brakes hold across the cluster: failures on one node count on the other")
    void signInBrakesHoldAcrossTheCluster() throws Exception {
        String client = "127.0.0.11"; // an address of its own, far from its limit of 30
        String name = "guesser-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) { // alternately on each node: the four free failures and one more
            String[] reply = Api.from(client, "GET", cluster.nodeUrl(1 + i % 2) + "/api/tasks", name, "wrong", null, null);
            assertThat(reply[0]).as("failure %d", i + 1).isEqualTo("401");
        }
        for (int node = 1; node <= 2; node++) { // each node alone has seen at most three
            String[] reply = Api.from(client, "GET", cluster.nodeUrl(node) + "/api/tasks", name, "wrong", null, null);
            assertThat(reply[0]).as("the next attempt at node %d must wait", node).isEqualTo("429");
            assertThat(reply[1]).containsPattern("(?i)Retry-After: \\d+");
        }
    }
}
