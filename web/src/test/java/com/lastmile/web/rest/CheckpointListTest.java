package com.lastmile.web.rest;

import static com.lastmile.web.rest.RestServer.viewer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.lastmile.web.rest.RestServer.Answer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CheckpointListTest {

    private static RestServer server;

    @BeforeAll
    static void start() {
        server = new RestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> keys(String path, String... cookies) {
        List<String> keys = new ArrayList<>();
        server.get(path, cookies).json().get("checkpoints").forEach(c -> keys.add(c.get("key").asText()));
        return keys;
    }

    private static JsonNode checkpoint(JsonNode list, String key) {
        for (JsonNode checkpoint : list.get("checkpoints")) {
            if (checkpoint.get("key").asText().equals(key)) {
                return checkpoint;
            }
        }
        throw new AssertionError(key + " not listed");
    }

    @Test
    void listsEveryCheckpointWithItsDeviationVerificationAndLabels() {
        JsonNode list = server.get("/checkpoints").json();
        assertThat(list.get("asOf").asText()).isEqualTo("2026-06-29");
        assertThat(list.get("total").asInt()).isEqualTo(23);
        assertThat(list.get("hidden").asInt()).isZero();
        JsonNode lm5 = checkpoint(list, "LM-5");
        assertThat(lm5.get("goal").asText()).isEqualTo("LM-4");
        assertThat(lm5.get("goalSummary").asText()).startsWith("新业务线年度签约50家");
        assertThat(lm5.get("due").asText()).isEqualTo("2026-03-31");
        assertThat(lm5.get("planned").asInt()).isEqualTo(8);
        assertThat(lm5.get("actual").asInt()).isEqualTo(6);
        assertThat(lm5.get("state").asText()).isEqualTo("VERIFIED");
        assertThat(lm5.get("stateName").asText()).isEqualTo("Verified on site");
        assertThat(lm5.get("deviation").decimalValue()).isEqualByComparingTo("-0.25");
        assertThat(lm5.get("band").asText()).isEqualTo("MAJOR");
        assertThat(lm5.get("bandName").asText()).isEqualTo("Major deviation");
        assertThat(lm5.get("rebaselined").asBoolean()).isFalse();
        assertThat(lm5.get("originalDeviation").isNull()).isTrue();
        assertThat(lm5.get("originalBand").isNull()).isTrue();
        assertThat(lm5.get("verification").get("sampled").asInt()).isEqualTo(6);
        assertThat(lm5.get("verification").get("passed").asInt()).isEqualTo(6);
        assertThat(lm5.get("verification").get("by").asText()).isEqualTo("yang.fan");
        assertThat(lm5.get("cause").asText()).startsWith("行业客户决策链长");
        assertThat(lm5.get("actions")).extracting(JsonNode::asText).containsExactly("LM-9");
        assertThat(lm5.get("accountable").get(0).get("id").asText()).isEqualTo("zhang.wei");
        assertThat(lm5.get("canRecord").asBoolean()).isTrue();
        JsonNode lm27 = checkpoint(list, "LM-27");
        assertThat(lm27.get("rebaselined").asBoolean()).isTrue();
        assertThat(lm27.get("originalDeviation").decimalValue()).isEqualByComparingTo("-0.25");
        assertThat(lm27.get("originalBand").asText()).isEqualTo("MAJOR");
        assertThat(checkpoint(list, "LM-3").get("verification").isNull()).isTrue();
    }

    @Test
    void sortsByDueDateThenKey() {
        assertThat(keys("/checkpoints?limit=8")).containsExactly("LM-14", "LM-2", "LM-5", "LM-31", "LM-53", "LM-71",
                "LM-76", "LM-35");
    }

    @Test
    void filtersByDueWindowBandAndState() {
        assertThat(keys("/checkpoints?from=2026-06-30&to=2026-06-30")).containsExactly("LM-3", "LM-6", "LM-33",
                "LM-54", "LM-77", "LM-86");
        assertThat(keys("/checkpoints?band=major")).containsExactly("LM-5", "LM-76");
        assertThat(keys("/checkpoints?band=MAJOR,CONTROLLABLE&state=CHECKED")).containsExactly("LM-53", "LM-76",
                "LM-58");
        assertThat(keys("/checkpoints?state=OVERDUE")).containsExactly("LM-32");
        assertThat(server.get("/checkpoints?state=OVERDUE").json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void badFiltersAre400sNamingTheParameter() {
        assertBad("/checkpoints?band=HUGE", "band",
                "Parameter band must be a comma-separated list of EXCEEDED, NORMAL, CONTROLLABLE, MAJOR; got \"HUGE\".");
        assertBad("/checkpoints?state=DONE", "state", null);
        assertBad("/checkpoints?from=yesterday", "from", null);
        assertBad("/checkpoints?to=2026-13-01", "to", null);
        assertBad("/checkpoints?from=2026-07-01&to=2026-06-01", "from",
                "Parameter from (2026-07-01) must not be after to (2026-06-01).");
        assertBad("/checkpoints?limit=5000", "limit", null);
    }

    private static void assertBad(String path, String parameter, String message) {
        Answer answer = server.get(path);
        assertThat(answer.status()).as(path).isEqualTo(400);
        assertThat(answer.json().get("parameter").asText()).isEqualTo(parameter);
        if (message != null) {
            assertThat(answer.json().get("message").asText()).isEqualTo(message);
        }
    }

    @Test
    void canRecordFollowsTheHostsPermissionPerCheckpoint() {
        JsonNode list = server.get("/checkpoints", viewer("zhang.wei")).json();
        assertThat(checkpoint(list, "LM-5").get("canRecord").asBoolean()).isTrue();
        assertThat(checkpoint(list, "LM-2").get("canRecord").asBoolean()).isTrue();
        assertThat(checkpoint(list, "LM-31").get("canRecord").asBoolean()).isFalse();
    }

    @Test
    void aRestrictedViewerDoesNotSeeTheConfidentialCheckpoint() {
        JsonNode list = server.get("/checkpoints", viewer("wang.fang")).json();
        assertThat(list.get("hidden").asInt()).isEqualTo(6);
        assertThat(list.get("total").asInt()).isEqualTo(22);
        assertThat(list.toString()).doesNotContain("LM-86").doesNotContain("LM-85");
    }

    @Test
    void speaksChinese() {
        JsonNode lm5 = checkpoint(server.get("/checkpoints?locale=zh_CN").json(), "LM-5");
        assertThat(lm5.get("bandName").asText()).isEqualTo("重大偏差");
        assertThat(lm5.get("stateName").asText()).isNotBlank().doesNotContainPattern("[A-Za-z]");
    }
}
