package com.salesculture.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
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

    private static Cluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = Cluster.start();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
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
