package com.lastmile.connector.jira.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TransportSettingsTest {

    @Test
    void defaultsAreTenSecondsToConnectAMinuteToAnswerAndALastMileUserAgent() {
        TransportSettings defaults = TransportSettings.defaults();

        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.responseTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.userAgent()).matches("lastmile/\\S+");
        assertThat(defaults.retry()).isEqualTo(new RetrySettings(4, Duration.ofMillis(500), Duration.ofSeconds(30),
                Duration.ofSeconds(60)));
    }

    @Test
    void badValuesAreRefusedNamingTheParameter() {
        RetrySettings retry = RetrySettings.defaults();

        assertThatThrownBy(() -> new TransportSettings(Duration.ZERO, Duration.ofSeconds(1), "lastmile/1", retry))
                .hasMessage("connectTimeout: expected a positive duration, got PT0S");
        assertThatThrownBy(() -> new TransportSettings(Duration.ofSeconds(1), Duration.ofSeconds(-1), "lastmile/1",
                retry)).hasMessage("responseTimeout: expected a positive duration, got PT-1S");
        assertThatThrownBy(() -> new TransportSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), " ", retry))
                .hasMessage("userAgent: expected a product token such as 'lastmile/1.0', got ' '");
        assertThatThrownBy(() -> new RetrySettings(0, Duration.ZERO, Duration.ZERO, Duration.ZERO))
                .hasMessage("maxAttempts: expected at least 1, got 0");
        assertThatThrownBy(() -> new RetrySettings(1, Duration.ZERO, Duration.ZERO, null))
                .hasMessage("maxWait: expected a duration of zero or more, got null");
    }
}
