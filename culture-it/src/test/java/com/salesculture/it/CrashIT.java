package com.salesculture.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

/**
 * What the server acknowledged survives its JVM being killed (SIGKILL), on the embedded default (H2,
 * whose commits the server itself writes to disk). Its own server from the same build (its own data
 * directory, free ports), not the Arquillian one: eight clients start programmes and submit their
 * intents while the JVM is killed, then a restart must show every acknowledged write. On PostgreSQL
 * {@link ClusterIT} does the same to a node of the cluster, under the same load and with the same checks.
 */
@DisabledIfEnvironmentVariable(named = "DB_KIND", matches = "postgresql",
        disabledReason = "on PostgreSQL ClusterIT kills a node under the same load and checks the same writes after its restart")
class CrashIT {

    private static final Logger LOG = Logger.getLogger(CrashIT.class.getName());
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int CLIENTS = 8;
    /** The configuration of the database under test, as the Arquillian server uses it. */
    private static final String SERVER_CONFIG = System.getProperty("culture.it.server.config", "standalone-culture-h2.xml");
    private static final List<String> LEADERS = List.of("lena", "leo");

    private final Set<Long> started = ConcurrentHashMap.newKeySet();
    private final Set<Long> submitted = ConcurrentHashMap.newKeySet();
    private String baseUrl;

    @Test
    @DisplayName("Every programme start and intent submission acknowledged before a SIGKILL is there after the restart, with its process and task; the decision log verifies")
    void acknowledgedWritesSurviveAKilledServer() throws Exception {
        Path base = serverBase();
        int offset = freePortOffset();
        baseUrl = "http://127.0.0.1:" + (8080 + offset);
        Process server = start(base, offset);
        try {
            long loadStarted = System.nanoTime();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int i = 0; i < CLIENTS; i++) {
                String leader = LEADERS.get(i % LEADERS.size());
                clients.submit(() -> work(leader, running));
            }
            while (submitted.size() < 40 || System.nanoTime() - loadStarted < Duration.ofSeconds(10).toNanos()) {
                Thread.sleep(100);
            }
            kill(server);
            double seconds = (System.nanoTime() - loadStarted) / 1e9;
            running.set(false);
            clients.shutdownNow();
            LOG.info(() -> String.format("Killed the server after %d programmes started (%.1f/s) and %d intents submitted",
                    started.size(), started.size() / seconds, submitted.size()));

            server = start(base, offset);
            for (long id : started) {
                Optional<JsonObject> programme = json("lena", "/api/programs/" + id);
                assertThat(programme).as("acknowledged programme %d", id).isPresent();
                String phase = programme.get().getString("phase");
                assertThat(programme.get().getString("processInstanceId", null)).as("its process").isNotNull();
                if (submitted.contains(id)) {
                    assertThat(phase).as("acknowledged submission of %d", id).isEqualTo("INTENT_DRAFTED");
                }
                String holder = phase.equals("INTENT_DRAFTED") ? "eric" : "lena";
                assertThat(send(holder, "GET", "/api/tasks?program=" + id, null, null).body())
                        .as("programme %d has its open task", id).contains("\"id\"");
            }
            JsonObject chain = json("aude", "/api/audit/verify").orElseThrow();
            assertThat(chain.getBoolean("intact")).as("the decision log after the crash: %s", chain).isTrue();
        } finally {
            kill(server);
        }
    }

    /** One client: start a programme, draft its intent, submit it; again until the server is gone. */
    private void work(String leader, AtomicBoolean running) {
        while (running.get()) {
            try {
                HttpResponse<String> start = send(leader, "POST", "/api/programs",
                        "{\"name\": \"Crash " + System.nanoTime() + "\", \"horizonMonths\": 36}", null);
                if (start.statusCode() != 201) {
                    continue;
                }
                long id = parse(start.body()).getJsonNumber("id").longValue();
                started.add(id);
                String intent = "/api/programs/" + id + "/intent";
                String etag = send(leader, "GET", intent, null, null).headers().firstValue("ETag").orElse(null);
                if (send(leader, "PUT", intent, Api.validIntent(), etag).statusCode() != 200) {
                    continue;
                }
                String tasks = send(leader, "GET", "/api/tasks?program=" + id, null, null).body();
                String task = Json.createReader(new StringReader(tasks)).readArray().getJsonObject(0).getString("id");
                if (send(leader, "POST", "/api/tasks/" + task + "/complete", Api.SUBMIT, null).statusCode() == 204) {
                    submitted.add(id);
                }
            } catch (IOException | RuntimeException e) {
                // the server is being killed: what it acknowledged is recorded, the rest is not claimed
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private HttpResponse<String> send(String user, String method, String path, String json, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Optional<JsonObject> json(String user, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(user, "GET", path, null, null);
        return response.statusCode() == 200 ? Optional.of(parse(response.body())) : Optional.empty();
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** A server base directory of its own: the build's configuration, the application, fresh data. */
    private static Path serverBase() throws IOException {
        Path home = Path.of(System.getProperty("jboss.home"));
        Path base = Path.of(System.getProperty("culture.it.crash", "target/crash-server"));
        if (Files.exists(base)) {
            try (Stream<Path> files = Files.walk(base)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Path configuration = Files.createDirectories(base.resolve("configuration"));
        try (Stream<Path> files = Files.list(home.resolve("standalone/configuration"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, configuration.resolve(file.getFileName()));
            }
        }
        Files.copy(Path.of(System.getProperty("culture.ear")), Files.createDirectories(base.resolve("deployments"))
                .resolve("culture.ear"), StandardCopyOption.REPLACE_EXISTING);
        return base.toAbsolutePath();
    }

    /** Starts the server and waits until the application is ready. */
    private Process start(Path base, int offset) throws Exception {
        Path home = Path.of(System.getProperty("jboss.home"));
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "--server-config=" + SERVER_CONFIG, "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + offset)
                .redirectErrorStream(true).redirectOutput(base.resolve("console.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("OIDC_"));
        Process process = builder.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (send("lena", "GET", "/api/health/ready", null, null).statusCode() == 200) {
                    return process;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (!process.isAlive()) {
                throw new AssertionError("the server stopped while starting; see " + base.resolve("console.log"));
            }
            Thread.sleep(500);
        }
        // not left running: a server of an earlier run on this base directory would take a later run's deployment
        kill(process);
        throw new AssertionError("the server did not become ready in 3 minutes; see " + base.resolve("console.log"));
    }

    /** SIGKILL to the server's JVM (the script's child), then to the script. */
    private static void kill(Process server) throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(server.descendants().toList());
        all.forEach(ProcessHandle::destroyForcibly);
        server.destroyForcibly();
        for (ProcessHandle process : all) {
            process.onExit().join();
        }
        server.waitFor();
    }

    /** A port offset whose HTTP, HTTPS, management and transaction ports are free on loopback. */
    private static int freePortOffset() {
        for (int candidate = 1000; candidate < 20000; candidate += 137) {
            int offset = candidate;
            if (Stream.of(8080, 8443, 9990, 9993, 4712, 4713, 8009).allMatch(port -> free(port + offset))) {
                return offset;
            }
        }
        throw new IllegalStateException("no free port offset");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
