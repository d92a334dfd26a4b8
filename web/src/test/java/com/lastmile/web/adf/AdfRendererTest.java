package com.lastmile.web.adf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lastmile.core.doc.BulletList;
import com.lastmile.core.doc.Document;
import com.lastmile.core.doc.Lozenge;
import com.lastmile.core.doc.Lozenge.Tone;
import com.lastmile.core.doc.Paragraph;
import com.lastmile.core.doc.Table;
import com.lastmile.core.doc.TaskList;
import com.lastmile.core.doc.TaskList.Task;
import com.lastmile.core.doc.Text;
import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.Evaluator;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.OriginalPlan;
import com.lastmile.core.model.Person;
import com.lastmile.core.model.Raci;
import com.lastmile.core.model.Settings;
import com.lastmile.core.model.Verification;
import com.lastmile.core.model.Workspace;
import com.lastmile.core.retro.RetrospectiveBuilder;
import com.lastmile.core.review.WeeklyReviewBuilder;
import com.lastmile.core.review.WeeklyReviewDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AdfRendererTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String HOSTILE = "{code}x{code} [link|http://x] *bold* <script>alert(1)</script> | _u_";

    static JsonNode parse(String json) throws Exception {
        return JSON.readTree(json);
    }

    /** Every node of the tree, depth first. */
    static List<JsonNode> nodes(JsonNode root) {
        List<JsonNode> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(JsonNode node, List<JsonNode> all) {
        all.add(node);
        for (JsonNode child : node.path("content")) {
            collect(child, all);
        }
    }

    static List<JsonNode> ofType(JsonNode root, String type) {
        return nodes(root).stream().filter(n -> type.equals(n.path("type").asText())).toList();
    }

    static Evaluation evaluation(String viewer) {
        BigDecimal zero = BigDecimal.ZERO;
        List<Item> items = List.of(
                Item.builder("LM-1", ItemType.STRATEGIC_GOAL).summary("新业务线年度签约50家 " + HOSTILE)
                        .raci(new Raci(List.of("sales"), List.of("ceo"), List.of(), List.of()))
                        .metric(new Metric("签约客户", "家", Direction.INCREASE, zero, new BigDecimal("50"),
                                new BigDecimal("60"), new BigDecimal("22"), false)).build(),
                Item.builder("LM-2", ItemType.CHECKPOINT).parent("LM-1").summary("Q1").due(LocalDate.of(2026, 3, 31))
                        .checkpoint(new CheckpointData(new BigDecimal("8"), new BigDecimal("6"), null,
                                new Verification(5, 5, "ceo", null), "cause line 1\ncause line 2 " + HOSTILE,
                                List.of("LM-3"))).build(),
                Item.builder("LM-4", ItemType.CHECKPOINT).parent("LM-1").summary("Q0").due(LocalDate.of(2026, 2, 1))
                        .checkpoint(new CheckpointData(new BigDecimal("5"), new BigDecimal("4"),
                                new OriginalPlan(new BigDecimal("9"), LocalDate.of(2026, 1, 15)), null, null, List.of()))
                        .build(),
                Item.builder("LM-5", ItemType.CHECKPOINT).parent("LM-1").due(LocalDate.of(2026, 4, 5))
                        .checkpoint(new CheckpointData(new BigDecimal("12"), null, null, null, null, List.of())).build(),
                Item.builder("LM-3", ItemType.EPIC).parent("LM-1").summary("标准化方案模板").status("In Progress")
                        .raci(new Raci(List.of("pm"), List.of("pm"), List.of(), List.of())).build(),
                Item.builder("LM-9", ItemType.CAMPAIGN).parent("LM-1").summary("SECRET").visibleTo(List.of("ceo")).build(),
                Item.builder("LM-13", ItemType.EPIC).summary("").build());
        Workspace workspace = new Workspace(Settings.defaults(), List.of(new Person("ceo", "王总", true),
                new Person("sales", "Sales", true), new Person("pm", "PM", true), new Person("viewer", "V", true)), items);
        Scope scope = viewer == null ? Scope.everything(workspace) : Scope.asViewer(workspace, viewer);
        return Evaluator.evaluate(scope, LocalDate.of(2026, 4, 1));
    }

    @Test
    void retrospectivesAndReviewsAreValidAdfInBothLocales() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Messages messages = Messages.forLocale(locale);
            for (Document document : List.of(RetrospectiveBuilder.build(evaluation("viewer"), "LM-1", messages),
                    RetrospectiveBuilder.build(evaluation(null), "LM-1", messages),
                    WeeklyReviewDocument.of(WeeklyReviewBuilder.build(evaluation("viewer")), messages))) {
                JsonNode adf = parse(AdfRenderer.render(document));
                assertThat(AdfValidator.validate(adf)).as(document.title()).isEmpty();
                assertThat(ofType(adf, "table")).isNotEmpty();
                for (JsonNode cell : nodes(adf)) {
                    String type = cell.path("type").asText();
                    if (type.equals("tableCell") || type.equals("tableHeader")) {
                        assertThat(cell.path("content")).hasSize(1);
                        assertThat(cell.path("content").get(0).path("type").asText()).isEqualTo("paragraph");
                    }
                }
            }
        }
    }

    @Test
    void theDocumentSkeleton() throws Exception {
        JsonNode adf = parse(AdfRenderer.render(RetrospectiveBuilder.build(evaluation(null), "LM-1",
                Messages.forLocale(Locale.SIMPLIFIED_CHINESE))));
        assertThat(adf.path("version").asInt()).isEqualTo(1);
        assertThat(adf.path("type").asText()).isEqualTo("doc");
        JsonNode title = adf.path("content").get(0);
        assertThat(title.path("type").asText()).isEqualTo("heading");
        assertThat(title.path("attrs").path("level").asInt()).isEqualTo(1);
        assertThat(ofType(adf, "heading").stream().filter(h -> h.path("attrs").path("level").asInt() == 2)
                .map(h -> h.path("content").get(0).path("text").asText()).toList())
                .containsExactly("一、回顾目标", "二、对比结果", "三、分析原因", "四、提炼方法", "五、制定计划");
        JsonNode firstTable = ofType(adf, "table").get(0);
        assertThat(firstTable.path("content").get(0).path("content").get(0).path("type").asText()).isEqualTo("tableHeader");
        assertThat(firstTable.path("content").get(1).path("content").get(0).path("type").asText()).isEqualTo("tableCell");
        JsonNode taskList = ofType(adf, "taskList").get(0);
        assertThat(taskList.path("content")).isNotEmpty();
        assertThat(taskList.path("content").get(0).path("attrs").path("state").asText()).isEqualTo("TODO");
        assertThat(ofType(adf, "status")).isNotEmpty()
                .anySatisfy(s -> assertThat(s.path("attrs").path("color").asText()).isEqualTo("red"));
        assertThat(ofType(adf, "text")).anySatisfy(t ->
                assertThat(t.path("marks").path(0).path("type").asText()).isEqualTo("strong"));
    }

    @Test
    void hostileUserTextStaysLiteralTextAndLineBreaksBecomeHardBreaks() throws Exception {
        JsonNode adf = parse(AdfRenderer.render(RetrospectiveBuilder.build(evaluation(null), "LM-1",
                Messages.forLocale(Locale.ENGLISH))));
        List<String> texts = ofType(adf, "text").stream().map(t -> t.path("text").asText()).toList();
        assertThat(texts).anyMatch(t -> t.contains(HOSTILE));
        assertThat(texts).contains(" cause line 1", "cause line 2 " + HOSTILE);
        assertThat(nodes(adf)).noneMatch(n -> n.has("marks") && n.path("marks").toString().contains("link"));
        // "cause line 1" is followed by a hard break and then the second line
        JsonNode paragraph = nodes(adf).stream().filter(n -> n.path("content").isArray()
                && n.path("content").toString().contains("cause line 1")
                && n.path("type").asText().equals("paragraph")).findFirst().orElseThrow();
        List<String> types = new ArrayList<>();
        paragraph.path("content").forEach(c -> types.add(c.path("type").asText()));
        assertThat(types).containsSequence("text", "hardBreak", "text");
    }

    @Test
    void emptyContentIsLeftOutSoNoTextNodeIsEmpty() throws Exception {
        Document document = Document.builder("")
                .paragraph("")
                .paragraph(Text.plain(""), Text.bold(""), new Lozenge("  ", Tone.RED), Text.plain("\n"))
                .add(new BulletList(List.of()))
                .add(new TaskList(List.of()))
                .add(new TaskList(List.of(Task.todo(Paragraph.empty()), new Task(Paragraph.of("done"), true))))
                .add(Table.of(List.of("h"), List.of(List.of(Paragraph.empty()))))
                .build();
        JsonNode adf = parse(AdfRenderer.render(document));
        assertThat(AdfValidator.validate(adf)).isEmpty();
        assertThat(adf.path("content").get(0).has("content")).isFalse();      // empty title heading
        assertThat(adf.path("content").get(1).has("content")).isFalse();      // empty paragraph
        assertThat(adf.path("content").get(2).path("content")).hasSize(1);    // only the hard break is left
        assertThat(ofType(adf, "bulletList")).isEmpty();
        assertThat(ofType(adf, "taskList")).hasSize(1);
        assertThat(ofType(adf, "taskItem")).extracting(t -> t.path("attrs").path("state").asText())
                .containsExactly("TODO", "DONE");
        assertThat(ofType(adf, "tableCell").get(0).path("content").get(0).path("type").asText()).isEqualTo("paragraph");
        assertThat(ofType(adf, "text")).allSatisfy(t -> assertThat(t.path("text").asText()).isNotEmpty());
    }

    @Test
    void theValidatorCatchesBrokenTrees() throws Exception {
        JsonNode broken = parse("""
                {"version":1,"type":"doc","content":[
                  {"type":"paragraph","content":[{"type":"text","text":""}]},
                  {"type":"table","content":[{"type":"tableRow","content":[{"type":"tableCell","content":[{"type":"text","text":"x"}]}]}]},
                  {"type":"bulletList","content":[{"type":"listItem","content":[{"type":"bulletList","content":[]}]}]},
                  {"type":"taskList","content":[{"type":"taskItem","attrs":{"state":"MAYBE"}}]},
                  {"type":"paragraph","content":[{"type":"text","text":"x","marks":[{"type":"strong"},{"type":"strong"}]}]}
                ]}""");
        assertThat(AdfValidator.validate(broken)).anyMatch(v -> v.contains("non-empty string"))
                .anyMatch(v -> v.contains("'text' not allowed here"))
                .anyMatch(v -> v.contains("first node of a list item must be a paragraph"))
                .anyMatch(v -> v.contains("must be TODO or DONE"))
                .anyMatch(v -> v.contains("localId: required"))
                .anyMatch(v -> v.contains("duplicate mark strong"));
    }

    @Test
    void hiddenItemsNeverAppearAndRenderingIsDeterministic() {
        Document document = RetrospectiveBuilder.build(evaluation("viewer"), "LM-1", Messages.forLocale(Locale.ENGLISH));
        String adf = AdfRenderer.render(document);
        assertThat(adf).doesNotContain("SECRET", "LM-9").contains("1 item is hidden from you");
        assertThat(AdfRenderer.render(document)).isEqualTo(adf);
        assertThat(AdfRenderer.toTree(document).toString()).isEqualTo(adf);
    }
}
