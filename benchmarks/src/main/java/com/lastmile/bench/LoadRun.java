package com.lastmile.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/** Runs the clients against the server for one phase and collects their latencies. */
final class LoadRun {

    /** Server and clients share the process: its CPU time is what a request costs on this machine. */
    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    /** Latencies up to a minute, 3 significant digits. */
    private static final long MAX_MICROS = 60_000_000L;

    private final String base;
    private final int clients;
    private final List<LoadClient.Request> requests;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private long seed;

    LoadRun(int port, int clients, List<LoadClient.Request> requests) {
        this.base = "http://127.0.0.1:" + port + "/rest/lastmile/1.0";
        this.clients = clients;
        this.requests = requests;
    }

    LatencyReport run(Duration length, long maxRequests) throws InterruptedException {
        long cpuBefore = PROCESS.getProcessCpuTime();
        long start = System.nanoTime();
        long deadline = start + length.toNanos();
        AtomicLong budget = new AtomicLong(maxRequests);
        List<LoadClient> running = new ArrayList<>();
        List<Map<String, Histogram>> recorded = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Map<String, Histogram> latencies = new LinkedHashMap<>();
            requests.forEach(r -> latencies.computeIfAbsent(r.endpoint(), e -> new Histogram(MAX_MICROS, 3)));
            LoadClient client = new LoadClient(http, base, requests, seed++, deadline, budget, System::nanoTime,
                    latencies);
            running.add(client);
            recorded.add(latencies);
            Thread thread = new Thread(client, "load-client-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Duration cpu = Duration.ofNanos(PROCESS.getProcessCpuTime() - cpuBefore);
        return new LatencyReport(merge(recorded), running.stream().mapToLong(LoadClient::errors).sum(), elapsed, cpu);
    }

    private static Map<String, Histogram> merge(List<Map<String, Histogram>> recorded) {
        Map<String, Histogram> merged = new LinkedHashMap<>();
        for (Map<String, Histogram> latencies : recorded) {
            latencies.forEach((endpoint, histogram) ->
                    merged.computeIfAbsent(endpoint, e -> new Histogram(MAX_MICROS, 3)).add(histogram));
        }
        return merged;
    }
}
