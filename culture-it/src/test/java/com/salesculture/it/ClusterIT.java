package com.salesculture.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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

    @BeforeAll
    static void startCluster() throws Exception {
        int smtpPort = Cluster.freePort();
        mail = new SmtpSink(smtpPort);
        cluster = Cluster.start(smtpPort);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
        if (mail != null) {
            mail.close();
        }
    }

    @Test
    @DisplayName("Eight clients work through the proxy while a node is killed (SIGKILL) and started again: every "
            + "acknowledged programme and submission holds, none is doubled, all mail goes out (a Message-ID twice at "
            + "most for one batch the dead node had claimed), no job stays locked past its lock, the decision log verifies")
    void acknowledgedWorkHoldsWhenANodeDiesUnderLoad() throws Exception {
        Set<Long> started = ConcurrentHashMap.newKeySet();
        Set<Long> submitted = ConcurrentHashMap.newKeySet();
        String run = "Cluster load " + UUID.randomUUID().toString().substring(0, 8) + " ";
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            String leader = i % 2 == 0 ? "lena" : "leo";
            clients.submit(() -> work(leader, run, running, started, submitted));
        }
        int victim = 1;
        try {
            awaitAtLeast(submitted, 16);
            cluster.kill(victim);
            int beforeKill = submitted.size();
            LOG.info(() -> "Killed node " + victim + " after " + beforeKill + " submissions");
            awaitAtLeast(submitted, beforeKill + 16); // the other node goes on serving through the proxy
            cluster.restart(victim);
            awaitAtLeast(submitted, submitted.size() + 8); // and both again
        } finally {
            running.set(false);
            clients.shutdown();
            clients.awaitTermination(2, TimeUnit.MINUTES);
        }
        LOG.info(() -> started.size() + " programmes started, " + submitted.size() + " intents submitted");

        for (long id : started) {
            Api.Reply programme = Api.get("lena", cluster.url() + "/api/programs/" + id);
            assertThat(programme.status()).as("acknowledged programme %d", id).isEqualTo(200);
            assertThat(programme.json().getString("processInstanceId", null)).as("its process").isNotNull();
            if (submitted.contains(id)) {
                assertThat(programme.json().getString("phase")).as("acknowledged submission of %d", id).isEqualTo("INTENT_DRAFTED");
                assertThat(Api.get("eric", cluster.url() + "/api/tasks?program=" + id).jsonArray()).as("its approval").hasSize(1);
            }
        }
        assertThat(Api.get("aude", cluster.url() + "/api/audit/verify").json().getBoolean("intact")).as("the decision log").isTrue();
        try (Connection database = Cluster.database()) {
            assertThat(count(database, "select count(*) from (select name from program where name like '" + run
                    + "%' group by name having count(*) > 1) doubled")).as("programmes started twice").isZero();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (count(database, "select count(*) from mail_outbox where sent_at is null") > 0 && System.nanoTime() < deadline) {
                Thread.sleep(1000);
            }
            assertThat(count(database, "select count(*) from mail_outbox where sent_at is null")).as("mail not sent").isZero();
            assertThat(count(database, "select count(*) from act_ru_job where lock_owner_ is not null"
                    + " and lock_exp_time_ < now() - interval '30 seconds'")).as("jobs locked past their lock").isZero();
        }
        Map<String, Integer> twice = new java.util.TreeMap<>(mail.messageIds());
        twice.values().removeIf(times -> times == 1);
        LOG.info(() -> mail.messageIds().size() + " mails received, " + twice.size() + " of them twice");
        assertThat(mail.messageIds()).as("mail received").isNotEmpty();
        assertThat(twice).as("mail received twice: at most one claimed batch, and never three times").hasSizeLessThanOrEqualTo(CLAIMED_BATCH)
                .allSatisfy((id, times) -> assertThat(times).isEqualTo(2));
    }

    /** One client: start a programme, draft its intent, submit it; again until told to stop. */
    private static void work(String leader, String run, AtomicBoolean running, Set<Long> started, Set<Long> submitted) {
        String base = cluster.url();
        while (running.get()) {
            try {
                Api.Reply start = Api.postJson(leader, base + "/api/programs",
                        "{\"name\": \"" + run + UUID.randomUUID() + "\", \"horizonMonths\": 36}");
                if (start.status() != 201) {
                    continue;
                }
                long id = start.json().getJsonNumber("id").longValue();
                started.add(id);
                String intent = base + "/api/programs/" + id + "/intent";
                if (Api.putJson(leader, intent, Api.validIntent(), Api.get(leader, intent).etag()).status() != 200) {
                    continue;
                }
                String task = Api.get(leader, base + "/api/tasks?program=" + id).jsonArray().getJsonObject(0).getString("id");
                if (Api.postJson(leader, base + "/api/tasks/" + task + "/complete", Api.SUBMIT).status() == 204) {
                    submitted.add(id);
                }
            } catch (RuntimeException e) {
                // a node died under this request: what it acknowledged is recorded, the rest is not claimed
            }
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
    @DisplayName("What one node writes (a programme, its close, a salesperson's details) the other node reads at once")
    void aWriteOnOneNodeIsReadOnTheOtherAtOnce() {
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
    }

    @Test
    @DisplayName("The survey rate limit holds per client address across the cluster, and the proxy, not the client, "
            + "names that address")
    void theSurveyRateLimitHoldsAcrossTheCluster() throws Exception {
        String client = "127.0.0.9"; // an address of its own: nothing else in this class counts against it
        String survey = "/api/surveys/" + "C".repeat(43);
        int limit = 60; // the cluster's nodes run with the default
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
    @DisplayName("A browser signed in through the proxy goes on editing on the other node when its node is killed: "
            + "still signed in, the page's state kept, the draft saved")
    void aBrowserSessionSurvivesTheDeathOfItsNode() throws Exception {
        long id = Api.postJson("lena", cluster.url() + "/api/programs",
                "{\"name\": \"Failover " + UUID.randomUUID() + "\", \"horizonMonths\": 24}").json().getJsonNumber("id").longValue();
        int killed = 0;
        try (Browser browser = new Browser()) {
            browser.open(cluster.url() + "/intent.xhtml?program=" + id).signIn("lena");
            String statement = "Become the partner our clients grow with, node after node";
            browser.type(By.id("intent:statement"), statement);
            browser.firstDeliverable("Revenue from existing clients in segment X");
            String servedBy = browser.cookie("CULTURE_NODE");
            assertThat(servedBy).as("the proxy's sticky cookie").startsWith("culture-");

            killed = Cluster.node(servedBy);
            cluster.kill(killed);
            browser.click(By.id("intent:save"));
            assertThat(browser.find(By.id("intent:messages")).getText()).as("saved on the other node").contains("Draft saved.");
            assertThat(browser.cookie("CULTURE_NODE")).as("now served by the other node").isNotEqualTo(servedBy);
            browser.screenshot("cluster-failover-saved");
            assertThat(browser.open(cluster.url() + "/inbox.xhtml").isPresent(By.id("signedInAs"))).as("still signed in").isTrue();
        } finally {
            if (killed != 0) {
                cluster.restart(killed);
            }
        }
        assertThat(Api.get("lena", cluster.url() + "/api/programs/" + id + "/intent").json().getString("statement"))
                .isEqualTo("Become the partner our clients grow with, node after node");
    }
}
