package com.lastmile.connector.jira.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.lastmile.connector.jira.api.JiraFlavor;
import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.Raci;
import com.lastmile.core.model.Verification;
import com.lastmile.core.model.Workspace;
import com.lastmile.core.tracker.TrackerField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the import writes is what the plugin reads back: exact RACI text, direction and additive words, numbers. */
class FieldValuesTest {

    private static final Item GOAL = Item.builder("LM-1", ItemType.CAMPAIGN).summary("降低交付周期 / Lead time")
            .weight(new BigDecimal("2.5"))
            .raci(new Raci(List.of("li.ming", "wang.fang"), List.of("zhou.jianguo"), List.of(), List.of("all")))
            .metric(new Metric("交付周期", "天", Direction.DECREASE, new BigDecimal("45"), new BigDecimal("30"),
                    new BigDecimal("28.50"), new BigDecimal("41.25"), true))
            .build();
    private static final Item EPIC = Item.builder("LM-2", ItemType.EPIC).summary("Two accountables").parent("LM-1")
            .raci(new Raci(List.of("a \"quoted\" one"), List.of("x", "y"), List.of("c"), List.of())).build();
    private static final Item UNOWNED = Item.builder("LM-3", ItemType.EPIC).summary("No accountable").parent("LM-1")
            .raci(new Raci(List.of("r"), List.of(), List.of(), List.of()))
            .metric(new Metric("Coverage", null, Direction.INCREASE, null, new BigDecimal("60"), null, null, false))
            .build();
    private static final Item CHECKPOINT = Item.builder("LM-4", ItemType.CHECKPOINT).summary("Q1").parent("LM-1")
            .due(LocalDate.of(2026, 3, 31))
            .checkpoint(new CheckpointData(new BigDecimal("40"), new BigDecimal("43"), null,
                    new Verification(5, 4, "lin.hui", "第一行\n\nthird line"), "备件缺货 / parts out of stock",
                    List.of()))
            .build();
    private static final Workspace WORKSPACE = TestWorkspaces.of(GOAL, EPIC, UNOWNED, CHECKPOINT);

    @Test
    void raciIsThePluginsCanonicalJsonText() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);
        Imports.run(jira, WORKSPACE);
        String raci = jira.fieldId(TrackerField.RACI.defaultName());

        assertThat(jira.byWorkspaceKey("LM-1").fields.get(raci).asText())
                .isEqualTo("{\"R\":[\"li.ming\",\"wang.fang\"],\"A\":\"zhou.jianguo\",\"C\":[],\"I\":[\"all\"]}");
        assertThat(jira.byWorkspaceKey("LM-2").fields.get(raci).asText())
                .isEqualTo("{\"R\":[\"a \\\"quoted\\\" one\"],\"A\":[\"x\",\"y\"],\"C\":[\"c\"],\"I\":[]}");
        assertThat(jira.byWorkspaceKey("LM-3").fields.get(raci).asText())
                .isEqualTo("{\"R\":[\"r\"],\"A\":[],\"C\":[],\"I\":[]}");
    }

    @Test
    void metricWordsAndNumbersAreWrittenAsThePluginReadsThem() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);
        Imports.run(jira, WORKSPACE);
        Map<String, JsonNode> goal = jira.byWorkspaceKey("LM-1").fields;
        Map<String, JsonNode> unowned = jira.byWorkspaceKey("LM-3").fields;

        assertThat(goal.get(jira.fieldId("Metric direction")).asText()).isEqualTo("decrease");
        assertThat(goal.get(jira.fieldId("Metric additive")).asText()).isEqualTo("yes");
        assertThat(goal.get(jira.fieldId("Metric stretch target")).decimalValue()).isEqualTo(new BigDecimal("28.50"));
        assertThat(goal.get(jira.fieldId("Roll-up weight")).decimalValue()).isEqualTo(new BigDecimal("2.5"));
        assertThat(unowned.get(jira.fieldId("Metric direction")).asText()).isEqualTo("increase");
        assertThat(unowned.get(jira.fieldId("Metric additive")).asText()).isEqualTo("no");
        assertThat(unowned).as("empty values stay empty")
                .doesNotContainKeys(jira.fieldId("Metric unit"), jira.fieldId("Metric baseline"));
    }

    @ParameterizedTest
    @EnumSource(JiraFlavor.class)
    void everyValueReadsBackAsWritten(JiraFlavor flavor) {
        FakeJira jira = new FakeJira(flavor);
        Imports.run(jira, WORKSPACE);

        Map<String, Item> readBack = new ReadBack(jira).items();

        for (Item item : WORKSPACE.items()) {
            assertThat(readBack.get(item.key())).as(item.key()).isEqualTo(ReadBack.expected(item, false));
        }
    }

    @Test
    void cloudTakesUsersByAccountIdAndMultiLineTextAsDocuments() {
        FakeJira jira = new FakeJira(JiraFlavor.CLOUD);
        Imports.run(jira, WORKSPACE);
        Map<String, JsonNode> checkpoint = jira.byWorkspaceKey("LM-4").fields;

        assertThat(checkpoint.get(jira.fieldId("Verified by")).toString()).isEqualTo("{\"accountId\":\"lin.hui\"}");
        JsonNode note = checkpoint.get(jira.fieldId("Verification note"));
        assertThat(note.path("type").asText()).isEqualTo("doc");
        assertThat(note.path("content")).hasSize(3);
        assertThat(ReadBack.adfText(note)).isEqualTo("第一行\n\nthird line");
        assertThat(ReadBack.adfText(jira.byWorkspaceKey("LM-1").fields.get(jira.fieldId("RACI"))))
                .startsWith("{\"R\":[\"li.ming\"");
        assertThat(checkpoint.get(jira.fieldId("Deviation cause")).path("type").asText()).isEqualTo("doc");
        assertThat(jira.byWorkspaceKey("LM-1").fields.get(jira.fieldId("Metric name")).asText())
                .as("one-line text stays text").isEqualTo("交付周期");
    }

    @Test
    void dataCenterTakesUsersByNameAndTextAsText() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);
        Imports.run(jira, WORKSPACE);
        Map<String, JsonNode> checkpoint = jira.byWorkspaceKey("LM-4").fields;

        assertThat(checkpoint.get(jira.fieldId("Verified by")).toString()).isEqualTo("{\"name\":\"lin.hui\"}");
        assertThat(checkpoint.get(jira.fieldId("Verification note")).asText()).isEqualTo("第一行\n\nthird line");
        assertThat(checkpoint.get(jira.fieldId("Verification sampled")).intValue()).isEqualTo(5);
        assertThat(checkpoint.get(jira.fieldId("Verification passed")).intValue()).isEqualTo(4);
    }
}
