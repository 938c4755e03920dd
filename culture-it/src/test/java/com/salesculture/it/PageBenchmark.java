package com.salesculture.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import jakarta.json.JsonObject;
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
 * Page benchmark (not part of the suite; {@code mvn -Pbenchmark verify -Dit.test=PageBenchmark}, see
 * docs/benchmarks.md): the inbox, line-of-sight and scores pages as a sales leader (lena) opens them,
 * with 100,000 open tasks in the system (shared with {@link InboxBenchmark}) and 5,000 salespeople in
 * her team, every one scored on every value in the programme's survey cycle. Each page is timed from
 * the request to the last byte of its HTML over loopback, beside the same server's cheapest page
 * (the sign-in page) as the ceiling.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageBenchmark {

    private static final int SALESPEOPLE = 5_000;
    private static final String TEAM = "Pages";
    private static final int WARM_UP = 10;
    private static final int SAMPLES = 60;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(PageBenchmark.class, InboxBenchmark.class);
    }

    /** Open tasks until there are 100,000 (shared with the inbox benchmark), in one in-container call. */
    @Test
    @Order(1)
    void fillTasks() throws Exception {
        InboxBenchmark.ensureTasks();
    }

    @Test
    @Order(2)
    @RunAsClient
    void fillSalespeople() {
        JsonObject team = Api.get("lena", "/api/teams").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("name").equals(TEAM)).findFirst().orElse(null);
        if (team != null && team.getJsonNumber("headcount").longValue() >= SALESPEOPLE) {
            return;
        }
        Api.expect(Api.postJson("lena", "/api/teams", "{\"name\": \"" + TEAM + "\", \"leader\": \"lena\"}"), 201);
        StringBuilder people = new StringBuilder("name,email,team\n");
        for (int p = 0; p < SALESPEOPLE; p++) {
            people.append("Page Seller ").append(p).append(",page-seller-").append(p).append("@culture.example,")
                    .append(TEAM).append('\n');
        }
        Api.expect(Api.postBytes("hana", "/api/salespeople", "text/csv", people.toString().getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), 200);
    }

    /**
     * A programme of lena's with approved values and a survey cycle in which every salesperson of the
     * team has a score on every value (written by SQL, as the cycle's close step would); its ids go to
     * a file for the timing, which runs as a client.
     */
    @Test
    @Order(3)
    void programmeWithScores() throws Exception {
        long programId = Api.programmeWithApprovedValues("lena");
        // no customer invited again soon after an earlier benchmark's cycle: the cycle exists for its scores
        Api.expect(Api.putJson("lena", "/api/programs/" + programId + "/survey-settings",
                "{\"cadenceMonths\": 3, \"openDays\": 21, \"reminderDays\": 7, \"fatigueDays\": 365}"), 200);
        Api.Reply opened = Api.post("lena", "/api/programs/" + programId + "/survey-cycles");
        Api.expect(opened, 201);
        long cycleId = opened.json().getJsonNumber("id").longValue();
        int scores;
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            scores = statement.executeUpdate("insert into survey_score (cycle_id, salesperson_id, value_id, responses, rating_sum, favourable)"
                    + " select c.id, s.id, v.id, 8, 24 + mod(s.id + v.id, 12), mod(s.id + v.id, 9)"
                    + " from survey_cycle c join culture_value v on v.charter_id = c.charter_id"
                    + " cross join salesperson s join sales_team t on t.id = s.team_id"
                    + " where c.id = " + cycleId + " and t.name = '" + TEAM + "'");
        }
        Files.writeString(idsFile(), programId + " " + cycleId + " " + InboxBenchmark.openTasks() + " " + scores);
        InboxBenchmark.quietMail();
    }

    @Test
    @Order(4)
    @RunAsClient
    void pagesOfASalesLeader() throws Exception {
        String[] ids = Files.readString(idsFile()).split(" ");
        WebSession lena = WebSession.signIn("lena", "en");
        WebSession visitor = WebSession.anonymous("en");
        List<String> report = new ArrayList<>();
        Timing ceiling = time(() -> visitor.get("/login.xhtml"), "signIn");
        report.add(String.format(Locale.ROOT, "ceiling: GET /login.xhtml (the sign-in page, no data): median %.1f ms, p95 %.1f ms",
                ceiling.percentile(50), ceiling.percentile(95)));
        for (String page : List.of("/inbox.xhtml", "/lineofsight.xhtml?program=" + ids[0], "/scores.xhtml?cycle=" + ids[1])) {
            Timing timing = time(() -> lena.get(page), "signedInAs");
            report.add(String.format(Locale.ROOT, "RESULT GET %s: median %.1f ms, p95 %.1f ms (target < 300 ms), %.0f kB;"
                            + " p95 / ceiling %.1f", page, timing.percentile(50), timing.percentile(95), timing.bytes / 1024.0,
                    timing.percentile(95) / ceiling.percentile(95)));
        }
        String header = String.format(Locale.ROOT, "Page benchmark, %s, %s%nlena (sales leader): %s open tasks in the system,"
                        + " %d in her inbox; %d salespeople in her team, %s scores in the cycle; %d samples per page after %d"
                        + " to warm up", System.getenv().getOrDefault("DB_KIND", "h2").equals("postgresql") ? "PostgreSQL" : "H2",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), ids[2], Api.get("lena", "/api/tasks?size=1").totalCount(),
                SALESPEOPLE, ids[3], SAMPLES, WARM_UP);
        String text = header + System.lineSeparator() + String.join(System.lineSeparator(), report) + System.lineSeparator();
        System.out.println(text);
        Files.writeString(idsFile().resolveSibling("pages.txt"), text);
    }

    /** The heatmap's second page of 5,000 salespeople as a browser shows it: the pager, and no axe-core finding. */
    @Test
    @Order(5)
    @RunAsClient
    void heatmapPagedInABrowser() throws Exception {
        String cycle = Files.readString(idsFile()).split(" ")[1];
        try (Browser browser = new Browser()) {
            browser.resize(1280, 1000).open("/scores.xhtml?cycle=" + cycle + "&page=2").signIn("lena");
            browser.open("/scores.xhtml?cycle=" + cycle + "&page=2");
            String pager = browser.find(org.openqa.selenium.By.id("heatmapPager")).getText();
            if (!pager.contains("Salespeople 51\u2013100 of 5,000")) {
                throw new AssertionError("the pager says: " + pager);
            }
            browser.screenshot("pages-heatmap-page-2");
            List<String> violations = browser.accessibilityViolations();
            if (!violations.isEmpty()) {
                throw new AssertionError("axe-core on the heatmap's second page: " + violations);
            }
        }
    }

    /** A page's times: warmed up, then sampled one after another; each answer must be the page itself. */
    private static Timing time(Supplier<String> page, String mustContain) {
        for (int i = 0; i < WARM_UP; i++) {
            page.get();
        }
        List<Long> nanos = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            String html = page.get();
            nanos.add(System.nanoTime() - start);
            if (!html.contains(mustContain)) {
                throw new AssertionError("not the page: " + html.substring(0, Math.min(500, html.length())));
            }
            bytes = html.length();
        }
        return new Timing(nanos, bytes);
    }

    private record Timing(List<Long> nanos, long bytes) {

        double percentile(int percentile) {
            return Percentiles.of(nanos, percentile) / 1e6;
        }
    }

    private static Path idsFile() throws Exception {
        Path file = Path.of(System.getenv().getOrDefault("BENCHMARK_OUT", "target/benchmark/inbox.txt")).resolveSibling("pages.ids");
        Files.createDirectories(file.getParent());
        return file;
    }

    private static DataSource dataSource() throws Exception {
        return (DataSource) new InitialContext().lookup("java:jboss/datasources/CultureDS");
    }
}
