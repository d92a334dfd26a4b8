package com.lastmile.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;

/**
 * One simulated dashboard user: sends requests of the mix in random order, one at a time, until the phase ends,
 * recording each latency (microseconds) per endpoint. Anything but 200 is an error.
 */
final class LoadClient implements Runnable {

    /** A request: the endpoint it is reported under, the path and query below the REST base, the viewer cookie. */
    record Request(String endpoint, String path, String viewer) {
    }

    private final HttpClient http;
    private final String base;
    private final List<Request> requests;
    private final SplittableRandom random;
    private final long deadline;
    private final AtomicLong budget;
    private final LongSupplier clock;
    private final Map<String, Histogram> latencies;
    private long errors;

    LoadClient(HttpClient http, String base, List<Request> requests, long seed, long deadline, AtomicLong budget,
               LongSupplier clock, Map<String, Histogram> latencies) {
        this.http = http;
        this.base = base;
        this.requests = requests;
        this.random = new SplittableRandom(seed);
        this.deadline = deadline;
        this.budget = budget;
        this.clock = clock;
        this.latencies = latencies;
    }

    long errors() {
        return errors;
    }

    @Override
    public void run() {
        while (clock.getAsLong() < deadline && budget.getAndDecrement() > 0) {
            Request request = requests.get(random.nextInt(requests.size()));
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path()));
            if (request.viewer() != null) {
                builder.header("Cookie", "lastmile-viewer=" + request.viewer());
            }
            long start = clock.getAsLong();
            try {
                HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    errors++;
                }
            } catch (IOException e) {
                errors++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            latencies.get(request.endpoint()).recordValue((clock.getAsLong() - start) / 1_000);
        }
    }
}
