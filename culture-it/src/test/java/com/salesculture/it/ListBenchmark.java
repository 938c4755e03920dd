package com.salesculture.it;

import jakarta.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
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
 * List benchmark (not part of the suite; {@code mvn -Pbenchmark-lists verify -pl culture-it}, see
 * docs/benchmarks.md): every list endpoint and the customers page, one page each, with 2,000 and then
 * 200,000 customer contacts (40 per salesperson), on fresh data; the time per page (median, p95 over
 * 30 requests after 5 to warm up) and the server's heap after listing. Flat as the data grows is the
 * point: a list that read every row would grow a hundredfold.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ListBenchmark {

    private static final int CONTACTS_EACH = 40;
    private static final int IMPORT_ROWS = 10_000;
    private static final int WARM_UP = 5;
    private static final int MEASURED = 30;
    private static final String TEAM = "List benchmark";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(ListBenchmark.class);
    }

    @Test
    @Order(1)
    @RunAsClient
    void twoThousandContacts() throws Exception {
        report("data: fresh; " + database());
        grow(0, 2_000 / CONTACTS_EACH);
    }

    @Test
    @Order(2)
    void heapBeforeListingTwoThousand() throws Exception {
        report("heap with 2,000 contacts, before listing: %d MB", usedHeapMegabytes());
    }

    @Test
    @Order(3)
    @RunAsClient
    void listTwoThousand() throws Exception {
        measure("2,000");
    }

    @Test
    @Order(4)
    void heapAfterListingTwoThousand() throws Exception {
        report("heap with 2,000 contacts, after listing: %d MB", usedHeapMegabytes());
    }

    @Test
    @Order(5)
    @RunAsClient
    void twoHundredThousandContacts() throws Exception {
        long start = System.nanoTime();
        grow(2_000 / CONTACTS_EACH, 200_000 / CONTACTS_EACH);
        report("data: grown to 200,000 contacts in %.0f s", (System.nanoTime() - start) / 1e9);
    }

    @Test
    @Order(6)
    void heapBeforeListingTwoHundredThousand() throws Exception {
        report("heap with 200,000 contacts, before listing: %d MB", usedHeapMegabytes());
    }

    @Test
    @Order(7)
    @RunAsClient
    void listTwoHundredThousand() throws Exception {
        measure("200,000");
    }

    @Test
    @Order(8)
    void heapAfterListingTwoHundredThousand() throws Exception {
        report("heap with 200,000 contacts, after listing: %d MB", usedHeapMegabytes());
    }

    /** Salespeople {@code from} to {@code to} (exclusive), each with their contacts, by CSV import. */
    private static void grow(int from, int to) throws Exception {
        if (from == 0) {
            Api.expect(Api.postJson("lena", "/api/teams", "{\"name\": \"" + TEAM + "\", \"leader\": \"lena\"}"), 201);
        }
        StringBuilder people = new StringBuilder("name,email,team\n");
        for (int p = from; p < to; p++) {
            people.append("List Seller ").append(p).append(",list-seller-").append(p).append("@culture.example,")
                    .append(TEAM).append('\n');
        }
        Api.expect(Api.postBytes("hana", "/api/salespeople", "text/csv", people.toString().getBytes(StandardCharsets.UTF_8)), 200);
        StringBuilder contacts = new StringBuilder();
        List<String> imports = new ArrayList<>();
        int rows = 0;
        for (int p = from; p < to; p++) {
            for (int c = 0; c < CONTACTS_EACH; c++) {
                contacts.append("Org ").append(p).append('-').append(c).append(",Contact ").append(c).append(",list-")
                        .append(p).append('-').append(c).append("@bench.example,list-seller-").append(p)
                        .append("@culture.example,en\n");
                if (++rows % IMPORT_ROWS == 0 || p == to - 1 && c == CONTACTS_EACH - 1) {
                    long start = System.nanoTime();
                    Api.expect(Api.postBytes("hana", "/api/customers", "text/csv", ("organisation,name,email,salesperson,language\n"
                            + contacts).getBytes(StandardCharsets.UTF_8)), 200);
                    imports.add(String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
                    contacts.setLength(0);
                }
            }
        }
        report("data: contacts imported in CSV files of up to %d rows, each taking (s): %s", IMPORT_ROWS,
                String.join(", ", imports));
    }

    private static void measure(String size) throws Exception {
        long total = Api.get("aude", "/api/customers?size=1").totalCount();
        long middle = total / 2 / 25;
        WebSession lena = WebSession.signIn("lena", "en");
        Map<String, Supplier<String>> lists = new LinkedHashMap<>();
        lists.put("GET /api/customers (first page)", () -> page(Api.get("aude", "/api/customers?size=25")));
        lists.put("GET /api/customers (middle page)", () -> page(Api.get("aude", "/api/customers?size=25&page=" + middle)));
        lists.put("GET /api/customers?q=org 1-1", () -> page(Api.get("aude", "/api/customers?size=25&q=org%201-1")));
        lists.put("GET /api/customers?sort=salesperson", () -> page(Api.get("aude", "/api/customers?size=25&sort=salesperson")));
        lists.put("GET /api/salespeople", () -> page(Api.get("lena", "/api/salespeople?size=25")));
        lists.put("GET /api/reviews", () -> page(Api.get("lena", "/api/reviews?size=25")));
        lists.put("GET /api/exit-cases", () -> page(Api.get("hana", "/api/exit-cases?size=25")));
        lists.put("customers page (HTML)", () -> lena.get("/customers.xhtml").contains("Org ") ? "page" : "no rows");
        report("%s contacts (X-Total-Count %d):", size, total);
        for (var list : lists.entrySet()) {
            List<Long> nanos = new ArrayList<>();
            String shape = null;
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                long start = System.nanoTime();
                shape = list.getValue().get();
                if (i >= WARM_UP) {
                    nanos.add(System.nanoTime() - start);
                }
            }
            Collections.sort(nanos);
            report("  %-40s median %6.1f ms, p95 %6.1f ms (%s)", list.getKey(), nanos.get(nanos.size() / 2) / 1e6,
                    nanos.get((int) Math.ceil(0.95 * nanos.size()) - 1) / 1e6, shape);
        }
    }

    /** What came back: how many rows of how many. */
    private static String page(Api.Reply reply) {
        if (reply.status() != 200) {
            throw new AssertionError(reply.toString());
        }
        return reply.jsonArray().size() + " of " + reply.totalCount();
    }

    /** In the server: the heap in use after a full collection. */
    private static long usedHeapMegabytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static String database() {
        return "postgresql".equals(System.getenv("DB_KIND")) ? "PostgreSQL" : "H2 (embedded default)";
    }

    private static void report(String format, Object... arguments) throws Exception {
        String line = String.format(Locale.ROOT, format, arguments);
        System.out.println(line);
        // the client runs in culture-it, the server keeps its data in culture-it/target/list-benchmark-data
        String serverData = System.getProperty("jboss.server.data.dir");
        Path out = serverData == null ? Path.of("target/benchmark/lists.txt")
                : Path.of(serverData).resolveSibling("benchmark/lists.txt");
        Files.createDirectories(out.getParent());
        if (line.startsWith("data: fresh")) {
            Files.writeString(out, "List benchmark, " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + System.lineSeparator());
        }
        Files.writeString(out, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
