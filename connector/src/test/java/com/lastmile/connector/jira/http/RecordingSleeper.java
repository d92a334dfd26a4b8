package com.lastmile.connector.jira.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records the waits it is asked for instead of spending them. */
final class RecordingSleeper implements Sleeper {

    private final List<Duration> delays = new ArrayList<>();

    @Override
    public void sleep(Duration delay) {
        delays.add(delay);
    }

    List<Duration> delays() {
        return List.copyOf(delays);
    }
}
