package com.salesculture.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Cluster benchmark (not part of the suite; {@code mvn -Pbenchmark-cluster verify -pl culture-it} on
 * PostgreSQL, see docs/benchmarks.md): the same load through the proxy on two nodes, then on one (the
 * other killed), in one run. Eight clients each start a programme, draft its intent and submit it,
 * again and again; the figures are requests a second and their 95th percentile.
 */
@EnabledIfEnvironmentVariable(named = "DB_KIND", matches = "postgresql")
class ClusterBenchmark {

    private static final int CLIENTS = 8;
    private static final long WARM_UP_SECONDS = Long.getLong("benchmark.warm-up", 40);
    private static final long MEASURE_SECONDS = Long.getLong("benchmark.seconds", 60);

    @Test
    void sameLoadOnTwoNodesAndOnOne() throws Exception {
        int smtpPort = Cluster.freePort();
        try (SmtpSink mail = new SmtpSink(smtpPort); Cluster cluster = Cluster.start(smtpPort)) {
            Api.talkTo(cluster.url());
            load(WARM_UP_SECONDS); // both nodes' code warm before either is measured
            Result two = load(MEASURE_SECONDS);
            cluster.kill(2);
            Thread.sleep(10_000); // the proxy's health check takes it out; the other node sees it leave
            Result one = load(MEASURE_SECONDS);
            String report = String.format(Locale.ROOT, """
                    Cluster benchmark, %d clients through the proxy, %d s each (start a programme, draft and submit its intent)
                    two nodes: %.1f requests/s, p95 %.1f ms, %d errors, the machine's %d cores %.0f %% busy
                    one node:  %.1f requests/s, p95 %.1f ms, %d errors, the machine's %d cores %.0f %% busy
                    ratio two/one: throughput %.2f, p95 %.2f
                    """, CLIENTS, MEASURE_SECONDS, two.perSecond(), two.p95(), two.errors, CORES, two.busy * 100,
                    one.perSecond(), one.p95(), one.errors, CORES, one.busy * 100,
                    two.perSecond() / one.perSecond(), two.p95() / one.p95());
            System.out.println(report);
            Path out = Path.of(System.getenv().getOrDefault("BENCHMARK_OUT", "target/benchmark/cluster.txt"));
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report);
        } finally {
            Api.talkTo(Api.BASE_URL);
        }
    }

    /** Requests' times (ms), failures, and how busy the machine's cores were (0–1) in one phase. */
    private record Result(List<Double> millis, long seconds, long errors, double busy) {
        double perSecond() {
            return millis.size() / (double) seconds;
        }

        double p95() {
            return Percentiles.of(millis, 95);
        }
    }

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private static Result load(long seconds) throws Exception {
        long[] before = cpuTicks();
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicLong errors = new java.util.concurrent.atomic.AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            String leader = i % 2 == 0 ? "lena" : "leo";
            clients.submit(() -> {
                while (running.get()) {
                    try {
                        Api.Reply start = timed(millis, () -> Api.postJson(leader, "/api/programs",
                                "{\"name\": \"Benchmark " + UUID.randomUUID() + "\", \"horizonMonths\": 36}"));
                        long id = start.json().getJsonNumber("id").longValue();
                        String intent = "/api/programs/" + id + "/intent";
                        String etag = timed(millis, () -> Api.get(leader, intent)).etag();
                        timed(millis, () -> Api.putJson(leader, intent, Api.validIntent(), etag));
                        String task = timed(millis, () -> Api.get(leader, "/api/tasks?program=" + id)).jsonArray()
                                .getJsonObject(0).getString("id");
                        Api.Reply done = timed(millis, () -> Api.postJson(leader, "/api/tasks/" + task + "/complete", Api.SUBMIT));
                        if (done.status() != 204) {
                            errors.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
        long[] after = cpuTicks();
        running.set(false);
        List<Double> counted;
        synchronized (millis) { // requests that finish after the phase do not count
            counted = new ArrayList<>(millis);
        }
        clients.shutdown();
        clients.awaitTermination(2, TimeUnit.MINUTES);
        double busy = 1 - (after[1] - before[1]) / (double) (after[0] - before[0]);
        return new Result(counted, seconds, errors.get(), busy);
    }

    /** All and idle (idle + iowait) ticks of the machine's cores, from Linux's /proc/stat. */
    private static long[] cpuTicks() throws java.io.IOException {
        String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long all = 0;
        for (int i = 1; i < fields.length; i++) {
            all += Long.parseLong(fields[i]);
        }
        return new long[]{all, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
    }

    private static Api.Reply timed(List<Double> millis, Supplier<Api.Reply> request) {
        long start = System.nanoTime();
        Api.Reply reply = request.get();
        millis.add((System.nanoTime() - start) / 1e6);
        if (reply.status() >= 400) {
            throw new IllegalStateException(reply.toString());
        }
        return reply;
    }
}
