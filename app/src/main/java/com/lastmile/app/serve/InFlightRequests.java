package com.lastmile.app.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;

/**
 * Counts the requests being handled so that a stop waits for exactly those: JDK 17's {@code HttpServer.stop(delay)}
 * waits the whole delay even when idle. While draining, new requests get 503.
 */
final class InFlightRequests extends Filter {

    private int active;
    private boolean draining;

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        if (!admit()) {
            try (exchange) {
                exchange.sendResponseHeaders(503, -1);
            }
            return;
        }
        try {
            chain.doFilter(exchange);
        } finally {
            finished();
        }
    }

    @Override
    public String description() {
        return "counts requests in flight for a graceful stop";
    }

    /** Stops admitting requests and waits, at most {@code timeout}, until those in flight are answered. */
    synchronized void drain(Duration timeout) throws InterruptedException {
        draining = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        for (long left = timeout.toNanos(); active > 0 && left > 0; left = deadline - System.nanoTime()) {
            wait(Math.max(1, left / 1_000_000));
        }
    }

    private synchronized boolean admit() {
        if (draining) {
            return false;
        }
        active++;
        return true;
    }

    private synchronized void finished() {
        active--;
        notifyAll();
    }
}
