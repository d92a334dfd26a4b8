package com.lastmile.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The measured phase: latency percentiles and throughput per endpoint and overall, as a Markdown table, and the
 * process's CPU time per request (server and clients together), which does not depend on other load.
 */
record LatencyReport(Map<String, Histogram> latencies, long errors, Duration elapsed, Duration cpu) {

    void print(PrintStream out) {
        double seconds = elapsed.toNanos() / 1e9;
        Histogram all = new Histogram(latencies.values().iterator().next().getHighestTrackableValue(), 3);
        latencies.values().forEach(all::add);
        out.printf("measured %.1f s, %d errors, CPU %.1f s = %.2f ms per request (server and clients), %d cores%n%n",
                seconds, errors, cpu.toNanos() / 1e9, cpu.toNanos() / 1e6 / Math.max(1, all.getTotalCount()),
                Runtime.getRuntime().availableProcessors());
        out.println("| endpoint | requests | throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        latencies.forEach((endpoint, histogram) -> row(out, endpoint, histogram, seconds));
        row(out, "all", all, seconds);
    }

    private static void row(PrintStream out, String endpoint, Histogram histogram, double seconds) {
        out.printf("| %s | %d | %.0f | %.1f | %.1f | %.1f | %.1f |%n", endpoint, histogram.getTotalCount(),
                histogram.getTotalCount() / seconds, millis(histogram.getValueAtPercentile(50)),
                millis(histogram.getValueAtPercentile(95)), millis(histogram.getValueAtPercentile(99)),
                millis(histogram.getMaxValue()));
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }
}
