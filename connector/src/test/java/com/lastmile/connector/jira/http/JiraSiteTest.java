package com.lastmile.connector.jira.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JiraSiteTest {

    @Test
    void aTrailingSlashIsDroppedSoThatPathsJoinCleanly() {
        assertThat(JiraSite.of(" https://jira.example.com/jira/ ").resolve("/rest/api/2/myself"))
                .hasToString("https://jira.example.com/jira/rest/api/2/myself");
    }

    @Test
    void plainHttpIsRefusedForAnythingButLoopback() {
        assertThatThrownBy(() -> JiraSite.of("http://jira.example.com"))
                .hasMessage("--jira: expected an https:// URL of a Jira site, got 'http://jira.example.com'");
        assertThat(JiraSite.of("http://127.0.0.1:8080").baseUrl()).hasToString("http://127.0.0.1:8080");
    }

    @Test
    void aPasswordInTheUrlIsRefusedWithoutBeingEchoed() {
        assertThatThrownBy(() -> JiraSite.of("https://pmo%40example.com:s3cret@example.atlassian.net"))
                .hasMessageContaining("without a user name or password")
                .hasMessageContaining("https://***@example.atlassian.net")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> JiraSite.of("http://pmo:s3cret@jira example.com/"))
                .hasMessageContaining("expected an https:// URL")
                .hasMessageNotContaining("s3cret")
                .hasNoCause();
    }
}
