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

class TreeResourceTest {

    private static RestServer server;

    @BeforeAll
    static void start() {
        server = new RestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> keys(JsonNode items) {
        List<String> keys = new ArrayList<>();
        items.forEach(item -> keys.add(item.get("key").asText()));
        return keys;
    }

    @Test
    void answersTheTreeWithRollUpAndExplanationsAsJsonInUtf8() {
        Answer answer = server.get("/tree");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).matches(RestServer.JSON_UTF8);
        JsonNode tree = answer.json();
        assertThat(tree.get("asOf").asText()).isEqualTo("2026-06-29");
        assertThat(tree.get("viewer").isNull()).isTrue();
        assertThat(tree.get("hidden").asInt()).isZero();
        assertThat(tree.get("total").asInt()).isEqualTo(70);
        assertThat(tree.get("offset").asInt()).isZero();
        assertThat(tree.get("limit").asInt()).isEqualTo(200);
        JsonNode campaign = tree.get("items").get(1);
        assertThat(campaign.get("key").asText()).isEqualTo("LM-4");
        assertThat(campaign.get("summary").asText()).startsWith("新业务线年度签约50家");
        assertThat(campaign.get("type").asText()).isEqualTo("CAMPAIGN");
        assertThat(campaign.get("typeName").asText()).isEqualTo("Campaign");
        assertThat(campaign.get("level").asInt()).isEqualTo(1);
        assertThat(campaign.get("parent").asText()).isEqualTo("LM-1");
        assertThat(campaign.get("progress").decimalValue()).isEqualByComparingTo("0.44");
        assertThat(campaign.get("achievement").decimalValue()).isEqualByComparingTo("0.44");
        assertThat(campaign.get("stretchAchievement").decimalValue()).isEqualByComparingTo("0.3667");
        assertThat(campaign.get("trend").asText()).isEqualTo("IMPROVING");
        assertThat(campaign.get("trendName").asText()).isEqualTo("Improving");
        assertThat(campaign.get("explain").get("source").asText()).isEqualTo("metric");
        assertThat(campaign.get("explain").get("formula").asText()).isEqualTo("(actual − baseline) / (target − baseline)");
        assertThat(campaign.get("explainText").asText()).isEqualTo("Achievement (22 − 0) / (50 − 0) = 44%");
    }

    @Test
    void checkpointsAndRetrospectivesAreNotTreeItemsAndParentsComeFirst() {
        List<String> keys = keys(server.get("/tree").json().get("items"));
        assertThat(keys).doesNotContain("LM-2", "LM-5", "LM-15").startsWith("LM-1", "LM-4", "LM-9");
    }

    @Test
    void speaksChineseWhenAsked() {
        JsonNode campaign = server.get("/tree?locale=zh_CN").json().get("items").get(1);
        assertThat(campaign.get("typeName").asText()).isEqualTo("战役");
        assertThat(campaign.get("explainText").asText()).isEqualTo("达成率 (22 − 0) / (50 − 0) = 44%");
    }

    @Test
    void aRestrictedViewerSeesNeitherKeysNorValuesOfTheConfidentialCampaignOnlyHowManyAreHidden() {
        Answer answer = server.get("/tree", viewer("wang.fang"));
        assertThat(answer.json().get("viewer").asText()).isEqualTo("wang.fang");
        assertThat(answer.json().get("hidden").asInt()).isEqualTo(6);
        assertThat(answer.json().get("total").asInt()).isEqualTo(65);
        String body = answer.json().toString();
        for (int key = 85; key <= 90; key++) {
            assertThat(body).doesNotContain("\"LM-" + key + "\"");
        }
        assertThat(body).doesNotContain("并购筹备").doesNotContain("尽调");
        JsonNode ceo = server.get("/tree", viewer("zhou.jianguo")).json();
        assertThat(ceo.get("hidden").asInt()).isZero();
        assertThat(keys(ceo.get("items"))).contains("LM-85", "LM-87", "LM-88");
    }

    @Test
    void aRootLimitsTheTreeToItsSubtreeAndTheRootHasNoParent() {
        JsonNode tree = server.get("/tree?root=LM-30").json();
        assertThat(keys(tree.get("items"))).containsExactly("LM-30", "LM-34", "LM-36", "LM-37", "LM-38", "LM-39",
                "LM-40", "LM-41", "LM-42", "LM-43", "LM-44", "LM-45", "LM-46", "LM-47", "LM-48", "LM-49", "LM-50",
                "LM-51");
        assertThat(tree.get("items").get(0).get("parent").isNull()).isTrue();
    }

    @Test
    void aHiddenRootIsNotFoundJustLikeAnUnknownOne() {
        Answer hidden = server.get("/tree?root=LM-85", viewer("wang.fang"));
        Answer unknown = server.get("/tree?root=LM-999", viewer("wang.fang"));
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(hidden.json().get("message").asText()).isEqualTo("There is no item \"LM-85\" that you may browse.");
        assertThat(server.get("/tree?root=LM-85", viewer("lin.hui")).status()).isEqualTo(200);
    }

    @Test
    void pagesAreBounded() {
        JsonNode page = server.get("/tree?offset=60&limit=7").json();
        assertThat(page.get("total").asInt()).isEqualTo(70);
        assertThat(page.get("offset").asInt()).isEqualTo(60);
        assertThat(page.get("limit").asInt()).isEqualTo(7);
        assertThat(page.get("items").size()).isEqualTo(7);
        assertThat(server.get("/tree?offset=68&limit=1000").json().get("items").size()).isEqualTo(2);
        assertThat(server.get("/tree?offset=500").json().get("items").size()).isZero();
    }

    @Test
    void badParametersAre400sNamingTheParameter() {
        assertBad("/tree?limit=1001", "limit", "Parameter limit must be a whole number from 0 to 1000; got \"1001\".");
        assertBad("/tree?limit=ten", "limit", null);
        assertBad("/tree?offset=-1", "offset", null);
        assertBad("/tree?asOf=29.06.2026", "asOf",
                "Parameter asOf must be a date yyyy-MM-dd, such as 2026-06-29; got \"29.06.2026\".");
        assertBad("/tree?locale=fr", "locale", "Parameter locale must be one of en, zh_CN; got \"fr\".");
    }

    private static void assertBad(String path, String parameter, String message) {
        Answer answer = server.get(path);
        assertThat(answer.status()).as(path).isEqualTo(400);
        assertThat(answer.contentType()).matches(RestServer.JSON_UTF8);
        assertThat(answer.json().get("status").asInt()).isEqualTo(400);
        assertThat(answer.json().get("parameter").asText()).isEqualTo(parameter);
        if (message != null) {
            assertThat(answer.json().get("message").asText()).isEqualTo(message);
        }
    }

    @Test
    void asOfChangesTheEvaluationDate() {
        JsonNode tree = server.get("/tree?asOf=2026-01-01&limit=1").json();
        assertThat(tree.get("asOf").asText()).isEqualTo("2026-01-01");
    }

    @Test
    void anAnonymousCallerIsRefusedWith401() {
        Answer answer = server.get("/tree", "anonymous=1");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("message").asText()).isEqualTo("Log in to use Last Mile.");
        assertThat(answer.json().has("parameter")).isFalse();
    }
}
