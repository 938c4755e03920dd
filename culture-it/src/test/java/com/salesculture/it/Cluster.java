package com.salesculture.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The cluster that {@code mvn -Pcluster package} starts ({@code culture-ear/src/main/wildfly/cluster.sh}):
 * two WildFly nodes from this build behind haproxy, on free ports, on the PostgreSQL database
 * {@code DB_NAME_cluster}. Nodes are killed with SIGKILL and started again the way the script does.
 */
final class Cluster implements AutoCloseable {

    static final int NODES = 2;
    /** The suite's database name with "_cluster" ({@code .ci/run} makes it). */
    private static final String DATABASE = System.getenv().getOrDefault("DB_NAME", "culture_it") + "_cluster";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path work;
    private final int step;
    private final int proxyPort;
    private final Process script;

    private Cluster(Path work, int step, int proxyPort, Process script) {
        this.work = work;
        this.step = step;
        this.proxyPort = proxyPort;
        this.script = script;
    }

    /** Starts the nodes one after the other and the proxy, mailing to loopback's {@code smtpPort}; returns once the proxy answers ready. */
    static Cluster start(int smtpPort) throws IOException, InterruptedException {
        Path work = Path.of(System.getProperty("culture.it.cluster", "target/cluster")).toAbsolutePath();
        Files.createDirectories(work);
        int step = freeStep();
        int proxyPort = freePort();
        ProcessBuilder builder = new ProcessBuilder("bash", System.getProperty("culture.it.cluster.script"),
                System.getProperty("jboss.home"), System.getProperty("culture.ear"), work.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("cluster.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("OIDC_"));
        environment.put("CLUSTER_NODES", String.valueOf(NODES));
        environment.put("CLUSTER_PORT", String.valueOf(proxyPort));
        environment.put("CLUSTER_PORT_OFFSET", String.valueOf(step));
        environment.put("DB_HOST", environment.getOrDefault("DB_HOST", "127.0.0.1"));
        environment.put("DB_NAME", DATABASE);
        environment.put("DEMO_DATA", "true");
        environment.put("SMTP_HOST", "127.0.0.1");
        environment.put("SMTP_PORT", String.valueOf(smtpPort));
        environment.put("PUBLIC_URL", "http://127.0.0.1:" + proxyPort);
        Cluster cluster = new Cluster(work, step, proxyPort, builder.start());
        cluster.awaitReady(cluster.url(), Duration.ofMinutes(6));
        return cluster;
    }

    /** The cluster's database, as its nodes reach it. */
    static java.sql.Connection database() throws java.sql.SQLException {
        Map<String, String> environment = System.getenv();
        return java.sql.DriverManager.getConnection("jdbc:postgresql://" + environment.getOrDefault("DB_HOST", "127.0.0.1") + ":"
                        + environment.getOrDefault("DB_PORT", "5432") + "/" + DATABASE,
                environment.getOrDefault("DB_USER", "culture"), environment.getOrDefault("DB_PASSWORD", "culture"));
    }

    /** The proxy, as people reach the cluster. */
    String url() {
        return "http://127.0.0.1:" + proxyPort;
    }

    /** One node directly, past the proxy (node 1 or 2). */
    String nodeUrl(int node) {
        return "http://127.0.0.1:" + (8080 + step * node);
    }

    /** SIGKILL to a node's JVM: no shutdown, no goodbye to the other node. */
    void kill(int node) throws IOException {
        long pid = Long.parseLong(Files.readString(work.resolve("node-" + node + "/pid")).strip());
        ProcessHandle.of(pid).ifPresent(jvm -> {
            jvm.destroyForcibly();
            jvm.onExit().join();
        });
    }

    /** Starts a node again with its own start script, and waits until it is ready. */
    void restart(int node) throws IOException, InterruptedException {
        Process start = new ProcessBuilder(work.resolve("node-" + node + "/start").toString()).inheritIO().start();
        if (start.waitFor() != 0) {
            throw new IllegalStateException("node " + node + " did not start");
        }
        awaitReady(nodeUrl(node), Duration.ofMinutes(4));
    }

    /** The node a proxy cookie value names ("culture-2" → 2). */
    static int node(String cookie) {
        return Integer.parseInt(cookie.substring(cookie.lastIndexOf('-') + 1));
    }

    private void awaitReady(String url, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!script.isAlive()) {
                throw new IllegalStateException("the cluster script ended; see " + work.resolve("cluster.log"));
            }
            try {
                HttpResponse<Void> ready = CLIENT.send(HttpRequest.newBuilder(URI.create(url + "/api/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(url + " not ready in " + limit + "; see " + work);
    }

    /** Ends the script, which stops the nodes and the proxy it started. */
    @Override
    public void close() throws InterruptedException {
        script.destroy(); // SIGTERM: the script's trap stops what it started
        if (!script.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
            script.destroyForcibly();
        }
    }

    /** A step between the nodes' port offsets under which every port a node opens is free. */
    private static int freeStep() {
        for (int candidate = 311; candidate < 3900; candidate += 97) {
            int step = candidate;
            if (IntStream.rangeClosed(1, NODES).allMatch(node -> Stream.of(8080, 8443, 9990, 9993, 4712, 4713, 7600, 57600)
                    .allMatch(port -> free(port + step * node)))) {
                return step;
            }
        }
        throw new IllegalStateException("no free port offsets");
    }

    /**
     * A free loopback port below Linux's ephemeral range (32768-60999): the proxy binds it only after the nodes
     * have booted, and meanwhile an outgoing connection could be given a port from that range (as the pom's reserved
     * ports, for the same reason).
     */
    static int freePort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(12_000);
            if (free(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
