package com.lastmile.connector.jira.http;

import java.time.Duration;

/** Durations as people read them in messages: "300 ms", "1500 ms", "60 s". */
final class DurationText {

    private DurationText() {
    }

    static String of(Duration duration) {
        if (duration.toNanosPart() == 0 && !duration.isZero()) {
            return duration.toSeconds() + " s";
        }
        return duration.toMillis() + " ms";
    }
}
