package com.lastmile.web.rest;

import static com.lastmile.web.rest.RestServer.viewer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RaciResourceTest {

    private static RestServer server;

    @BeforeAll
    static void start() {
        server = new RestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode row(JsonNode matrix, String key) {
        for (JsonNode item : matrix.get("items")) {
            if (item.get("key").asText().equals(key)) {
                return item;
            }
        }
        throw new AssertionError(key + " not in the matrix");
    }

    @Test
    void givesOneRowPerAssignedItemWithItsCells() {
        JsonNode matrix = server.get("/raci").json();
        assertThat(matrix.get("total").asInt()).isEqualTo(matrix.get("items").size()).isEqualTo(33);
        JsonNode lm4 = row(matrix, "LM-4");
        assertThat(lm4.get("type").asText()).isEqualTo("CAMPAIGN");
        assertThat(lm4.get("typeName").asText()).isEqualTo("Campaign");
        assertThat(lm4.get("cells").toString()).isEqualTo("{\"li.ming\":\"R\",\"zhang.wei\":\"A\",\"wang.fang\":\"C\","
                + "\"he.jing\":\"C\",\"zhao.lei\":\"C\",\"zhou.jianguo\":\"I\"}");
        assertThat(row(matrix, "LM-16").get("cells").get("wang.fang").asText()).isEqualTo("R+A");
        assertThat(row(matrix, "LM-48").get("cells").get("liu.yang").asText()).isEqualTo("A+I");
        assertThat(row(matrix, "LM-26").get("cells").get("wang.fang").asText()).isEqualTo("A");
        assertThat(matrix.get("people").get(0).get("id").asText()).isEqualTo("zhang.wei");
        assertThat(matrix.get("people").get(0).get("name").asText()).isEqualTo("张伟");
    }

    @Test
    void peopleAreOnlyThoseHoldingARoleOnTheListedPage() {
        JsonNode page = server.get("/raci?offset=1&limit=1").json();
        assertThat(page.get("items")).singleElement().satisfies(item -> assertThat(item.get("key").asText())
                .isEqualTo("LM-4"));
        List<String> people = new ArrayList<>();
        page.get("people").forEach(p -> people.add(p.get("id").asText()));
        assertThat(people).containsExactly("li.ming", "zhang.wei", "wang.fang", "he.jing", "zhao.lei", "zhou.jianguo");
    }

    @Test
    void aRestrictedViewerSeesNoConfidentialRow() {
        JsonNode matrix = server.get("/raci", viewer("li.ming")).json();
        assertThat(matrix.get("hidden").asInt()).isEqualTo(6);
        assertThat(matrix.toString()).doesNotContain("LM-85").doesNotContain("LM-87").doesNotContain("LM-88");
        assertThat(server.get("/raci").json().get("total").asInt() - matrix.get("total").asInt()).isEqualTo(3);
    }
}
