package com.lastmile.web.rest;

import static com.lastmile.web.rest.RestServer.viewer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.lastmile.web.rest.RestServer.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordActualTest {

    private static final String LM6 = "/checkpoints/LM-6/actual";
    private static RestServer server;

    @BeforeAll
    static void start() {
        server = new RestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void forgetRecordings() {
        server.host.reset();
    }

    @Test
    void recordsTheActualAndAnswersWithTheUpdatedCheckpointWhichTheNextListShows() {
        Answer answer = server.postJson(LM6, """
                {"actual": 23, "verification": {"sampled": 5, "passed": 5, "by": "yang.fan", "note": "合同已核对"}}
                """, viewer("zhang.wei"));
        assertThat(answer.status()).as(answer.json().toString()).isEqualTo(200);
        assertThat(answer.contentType()).matches(RestServer.JSON_UTF8);
        JsonNode checkpoint = answer.json();
        assertThat(checkpoint.get("key").asText()).isEqualTo("LM-6");
        assertThat(checkpoint.get("actual").asInt()).isEqualTo(23);
        assertThat(checkpoint.get("state").asText()).isEqualTo("VERIFIED");
        assertThat(checkpoint.get("band").asText()).isEqualTo("NORMAL");
        assertThat(checkpoint.get("verification").get("note").asText()).isEqualTo("合同已核对");
        assertThat(checkpoint.get("canRecord").asBoolean()).isTrue();

        JsonNode listed = server.get("/checkpoints?from=2026-06-30&to=2026-06-30").json().get("checkpoints").get(1);
        assertThat(listed.get("key").asText()).isEqualTo("LM-6");
        assertThat(listed.get("actual").asInt()).isEqualTo(23);
        assertThat(listed.get("verification").get("by").asText()).isEqualTo("yang.fan");
    }

    @Test
    void withoutVerificationTheOldSpotCheckIsDroppedAndTheDeviationRecomputed() {
        Answer answer = server.postJson("/checkpoints/LM-5/actual", "{\"actual\": 7.60}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("actual").decimalValue()).isEqualByComparingTo("7.6");
        assertThat(answer.json().get("state").asText()).isEqualTo("CHECKED");
        assertThat(answer.json().get("verification").isNull()).isTrue();
        assertThat(answer.json().get("deviation").decimalValue()).isEqualByComparingTo("-0.05");
    }

    @Test
    void aMutationThatIsNotJsonIs415WithAJsonError() {
        assertRefused(server.post(LM6, "text/plain", "{\"actual\": 23}"), 415, null,
                "Send the request body as JSON, with the header Content-Type: application/json.");
        assertRefused(server.post(LM6, "application/x-www-form-urlencoded", "actual=23"), 415, null, null);
        assertRefused(server.post(LM6, null, "{\"actual\": 23}"), 415, null, null);
    }

    @Test
    void malformedJsonIsRefusedWithItsPosition() {
        assertRefused(server.postJson(LM6, "{\"actual\": 23,"), 400, null,
                "The request body is not valid JSON (line 1, column 15).");
        assertRefused(server.postJson(LM6, "{\"actual\": 23} trailing"), 400, null, null);
        assertRefused(server.postJson(LM6, "{\"actual\": 23, \"actual\": 24}"), 400, null, null);
        assertRefused(server.postJson(LM6, ""), 400, null,
                "The request body must be a JSON object with the field actual.");
        assertRefused(server.postJson(LM6, "[23]"), 400, null, null);
    }

    @Test
    void unknownFieldsAreRefusedNamingThem() {
        assertRefused(server.postJson(LM6, "{\"actual\": 23, \"planned\": 30}"), 400, "planned",
                "Unknown field planned: expected actual, verification.");
        assertRefused(server.postJson(LM6, "{\"actual\": 23, \"verification\": {\"sampled\": 1, \"passed\": 1,"
                + " \"verifier\": \"yang.fan\"}}"), 400, "verification.verifier", null);
    }

    @Test
    void wrongTypesMissingAndOversizedValuesAreRefusedNamingTheField() {
        assertRefused(server.postJson(LM6, "{}"), 400, "actual", "Field actual is required.");
        assertRefused(server.postJson(LM6, "{\"actual\": \"23\"}"), 400, "actual",
                "Field actual must be a number with at most 15 digits before and 6 after the decimal point.");
        assertRefused(server.postJson(LM6, "{\"actual\": 1e20}"), 400, "actual", null);
        assertRefused(server.postJson(LM6, "{\"actual\": 0.0000001}"), 400, "actual", null);
        assertRefused(server.postJson(LM6, "{\"actual\": 1, \"verification\": 5}"), 400, "verification", null);
        assertRefused(server.postJson(LM6, "{\"actual\": 1, \"verification\": {\"passed\": 1}}"), 400,
                "verification.sampled", "Field verification.sampled is required.");
        assertRefused(server.postJson(LM6, "{\"actual\": 1, \"verification\": {\"sampled\": -1, \"passed\": 0}}"),
                400, "verification.sampled", null);
        assertRefused(server.postJson(LM6, "{\"actual\": 1, \"verification\": {\"sampled\": 2.5, \"passed\": 0}}"),
                400, "verification.sampled", null);
        assertRefused(server.postJson(LM6, "{\"actual\": 1, \"verification\": {\"sampled\": 3, \"passed\": 4}}"),
                400, "verification.passed",
                "Field verification.passed (4) must not be greater than verification.sampled (3).");
        assertRefused(server.postJson(LM6, "{\"actual\": 1, \"verification\": {\"sampled\": 3, \"passed\": 3, "
                + "\"note\": \"" + "x".repeat(2001) + "\"}}"), 400, "verification.note", null);
        assertRefused(server.postJson(LM6, "{\"actual\": 1, \"verification\": {\"sampled\": 3, \"passed\": 3, "
                + "\"by\": 7}}"), 400, "verification.by", null);
        assertRefused(server.postJson(LM6, "{\"actual\": 1, \"pad\": \"" + "x".repeat(17_000) + "\"}"), 400, null,
                "The request body is larger than 16384 bytes.");
    }

    @Test
    void theVerifierMustBeAKnownPerson() {
        assertRefused(server.postJson(LM6, "{\"actual\": 1, \"verification\": {\"sampled\": 1, \"passed\": 1, "
                + "\"by\": \"nobody\"}}"), 400, "verification.by",
                "Field verification.by names \"nobody\", who is not a known person.");
    }

    @Test
    void aViewerWhoIsNeitherResponsibleNorAccountableIsRefusedWith403() {
        assertRefused(server.postJson("/checkpoints/LM-5/actual", "{\"actual\": 7}", viewer("liu.yang")), 403, null,
                "You may see this item but not change it.");
    }

    @Test
    void hiddenAndUnknownCheckpointsAreBoth404() {
        assertRefused(server.postJson("/checkpoints/LM-86/actual", "{\"actual\": 1}", viewer("wang.fang")), 404, null,
                "There is no item \"LM-86\" that you may browse.");
        assertRefused(server.postJson("/checkpoints/LM-999/actual", "{\"actual\": 1}"), 404, null, null);
    }

    @Test
    void onlyCheckpointsTakeAnActual() {
        assertRefused(server.postJson("/checkpoints/LM-4/actual", "{\"actual\": 1}"), 400, "key",
                "LM-4 is a Campaign, not a checkpoint.");
    }

    @Test
    void anAnonymousCallerIsRefusedWith401() {
        assertRefused(server.postJson(LM6, "{\"actual\": 1}", "anonymous=1"), 401, null, null);
    }

    @Test
    void errorsSpeakTheRequestedLanguage() {
        Answer answer = server.postJson(LM6 + "?locale=zh_CN", "{\"actual\": \"x\"}");
        assertThat(answer.json().get("message").asText()).isEqualTo("字段 actual 应为数字,整数部分最多 15 位,小数部分最多 6 位。");
    }

    /** The error answer, and nothing recorded. */
    private static void assertRefused(Answer answer, int status, String parameter, String message) {
        assertThat(answer.status()).as(String.valueOf(answer.json())).isEqualTo(status);
        assertThat(answer.contentType()).matches(RestServer.JSON_UTF8);
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        if (parameter == null) {
            assertThat(answer.json().has("parameter")).isFalse();
        } else {
            assertThat(answer.json().get("parameter").asText()).isEqualTo(parameter);
        }
        if (message != null) {
            assertThat(answer.json().get("message").asText()).isEqualTo(message);
        }
        assertThat(server.host.untouched()).as("nothing recorded").isTrue();
    }
}
