package com.lastmile.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.lastmile.web.rest.RestServer.Answer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FindingResourceTest {

    private static RestServer server;

    @BeforeAll
    static void start() {
        server = new RestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> rules(JsonNode findings) {
        List<String> rules = new ArrayList<>();
        findings.get("findings").forEach(f -> rules.add(f.get("key").asText() + " " + f.get("rule").asText()));
        return rules;
    }

    @Test
    void listsTheSamplesTwelveFindingsWithMessages() {
        JsonNode findings = server.get("/findings").json();
        assertThat(findings.get("hidden").asInt()).isZero();
        assertThat(findings.get("total").asInt()).isEqualTo(12);
        assertThat(rules(findings)).contains("LM-4 DECOMPOSITION_GAP", "LM-92 ORPHAN_EPIC");
        JsonNode first = findings.get("findings").get(0);
        assertThat(first.get("severity").asText()).isEqualTo("WARNING");
        assertThat(first.get("message").asText()).contains("add up to");
    }

    @Test
    void filtersBySeverities() {
        assertThat(rules(server.get("/findings?severity=ERROR").json())).containsExactly(
                "LM-26 RACI_MULTIPLE_ACCOUNTABLE", "LM-65 RACI_MISSING", "LM-76 MAJOR_DEVIATION_WITHOUT_ACTION",
                "LM-78 RACI_INACTIVE_PERSON");
        assertThat(server.get("/findings?severity=warning,info").json().get("total").asInt()).isEqualTo(8);
    }

    @Test
    void aBadSeverityIsA400NamingIt() {
        Answer answer = server.get("/findings?severity=FATAL");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("parameter").asText()).isEqualTo("severity");
    }

    @Test
    void messagesSpeakChinese() {
        JsonNode first = server.get("/findings?locale=zh_CN&limit=1").json().get("findings").get(0);
        assertThat(first.get("message").asText()).containsPattern("\\p{IsHan}");
    }
}
