package com.lastmile.core.retro;

import static com.lastmile.core.review.ReviewFixtures.AS_OF;
import static com.lastmile.core.review.ReviewFixtures.checkpoint;
import static com.lastmile.core.review.ReviewFixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lastmile.core.doc.Block;
import com.lastmile.core.doc.BulletList;
import com.lastmile.core.doc.Document;
import com.lastmile.core.doc.Heading;
import com.lastmile.core.doc.Inline;
import com.lastmile.core.doc.Lozenge;
import com.lastmile.core.doc.MarkdownRenderer;
import com.lastmile.core.doc.Paragraph;
import com.lastmile.core.doc.Table;
import com.lastmile.core.doc.TaskList;
import com.lastmile.core.doc.Text;
import com.lastmile.core.doc.WikiRenderer;
import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.Evaluator;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.Raci;
import com.lastmile.core.model.Settings;
import com.lastmile.core.model.Workspace;
import com.lastmile.core.review.ReviewFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RetrospectiveBuilderTest {

    static final Messages EN = Messages.forLocale(Locale.ENGLISH);
    static final Messages ZH = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);

    static List<String> headings(Document document, int level) {
        return document.blocks().stream().filter(b -> b instanceof Heading h && h.level() == level)
                .map(b -> ((Heading) b).text()).toList();
    }

    /** The blocks between a heading and the next heading of the same or a higher level. */
    static List<Block> section(Document document, String heading) {
        List<Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading h && h.text().equals(heading)) {
                List<Block> section = new ArrayList<>();
                for (int k = i + 1; k < blocks.size(); k++) {
                    if (blocks.get(k) instanceof Heading next && next.level() <= h.level()) {
                        break;
                    }
                    section.add(blocks.get(k));
                }
                return section;
            }
        }
        throw new AssertionError("no heading " + heading + " in " + headings(document, 2) + headings(document, 3));
    }

    static String plain(Paragraph paragraph) {
        return paragraph.content().stream().map(RetrospectiveBuilderTest::plain).collect(Collectors.joining());
    }

    static String plain(Inline inline) {
        return inline instanceof Text t ? t.text() : ((Lozenge) inline).text();
    }

    static List<String> bullets(List<Block> section) {
        return section.stream().filter(b -> b instanceof BulletList).flatMap(b -> ((BulletList) b).items().stream())
                .map(RetrospectiveBuilderTest::plain).toList();
    }

    static List<String> tasks(Document document) {
        return document.blocks().stream().filter(b -> b instanceof TaskList)
                .flatMap(b -> ((TaskList) b).items().stream()).map(t -> plain(t.content())).toList();
    }

    @Test
    void theFiveStepsInEnglish() {
        Document document = RetrospectiveBuilder.build(ReviewFixtures.asLiMing(), "LM-1", EN);
        assertThat(document.title()).isEqualTo("Retrospective: LM-1 新业务线年度签约50家");
        assertThat(headings(document, 2)).containsExactly("1. Review the goal", "2. Compare results",
                "3. Analyse causes", "4. Extract methods", "5. Plan the next round");
    }

    @Test
    void theFiveStepsInChinese() {
        Document document = RetrospectiveBuilder.build(ReviewFixtures.asLiMing(), "LM-1", ZH);
        assertThat(document.title()).isEqualTo("复盘:LM-1 新业务线年度签约50家");
        assertThat(headings(document, 2)).containsExactly("一、回顾目标", "二、对比结果", "三、分析原因", "四、提炼方法",
                "五、制定计划");
        String markdown = MarkdownRenderer.render(document);
        assertThat(markdown).contains("达成率", "挑战目标", "重大偏差", "五问法", "标准作业程序(SOP)", "纠偏措施", "批准人 (A)",
                "越高越好");
    }

    @Test
    void reviewTheGoalShowsMetricRaciWithNamesAndTheParentChain() {
        Document document = RetrospectiveBuilder.build(ReviewFixtures.asLiMing(), "LM-10", EN);
        List<Block> step1 = section(document, "1. Review the goal");
        assertThat(bullets(step1)).contains("Goal: LM-10 华东区签约", "Type: Campaign",
                "Metric: 签约客户 (家), higher is better", "Responsible (R): Doer (doer)", "Accountable (A): 李明 (li.ming)",
                "Consulted (C): —", "LM-1 新业务线年度签约50家 (Strategic Goal)");
    }

    @Test
    void compareResultsTablesTheMetricAndTheCheckpointHistory() {
        Document document = RetrospectiveBuilder.build(ReviewFixtures.asLiMing(), "LM-1", EN);
        Table metric = (Table) section(document, "Target and actual").get(0);
        assertThat(metric.header()).extracting(RetrospectiveBuilderTest::plain).containsExactly("Baseline", "Target",
                "Stretch target", "Actual", "Achievement", "Stretch achievement", "Progress", "Trend");
        assertThat(metric.rows().get(0)).extracting(RetrospectiveBuilderTest::plain)
                .containsExactly("0 家", "50 家", "60 家", "22 家", "44%", "36.7%", "44%", "Flat");

        Table history = (Table) section(document, "Checkpoint history").get(0);
        assertThat(history.rows()).extracting(r -> plain(r.get(0)).split(" ")[0])
                .containsExactly("LM-5", "LM-9", "LM-14", "LM-2", "LM-7", "LM-6", "LM-8");
        List<String> replanned = history.rows().get(2).stream().map(RetrospectiveBuilderTest::plain).toList();
        assertThat(replanned).containsExactly("LM-14 检查点 LM-14", "2026-03-20", "6", "6", "0%", "Normal deviation",
                "Data checked", "original plan 20 due 2026-03-20, deviation -70% Major deviation");
    }

    @Test
    void everyControllableOrMajorDeviationGetsAFiveWhysStartingWithTheRecordedCause() {
        Document document = RetrospectiveBuilder.build(ReviewFixtures.asLiMing(), "LM-10", EN);
        List<String> step3 = headings(document, 3).stream().filter(h -> h.startsWith("LM-")).toList();
        assertThat(step3).containsExactly("LM-11 检查点 LM-11: deviation -40% (Major deviation)",
                "LM-15 检查点 LM-15: deviation -10% (Controllable deviation)");
        assertThat(bullets(section(document, step3.get(1)))).containsExactly("Why 1: (no cause recorded yet)",
                "Why 2: (to be answered)", "Why 3: (to be answered)", "Why 4: (to be answered)",
                "Why 5: (to be answered)", "Root cause: (to be answered)", "Corrective action: (none linked yet)");

        Document lm1 = RetrospectiveBuilder.build(ReviewFixtures.asLiMing(), "LM-1", ZH);
        assertThat(bullets(section(lm1, "LM-2 检查点 LM-2:偏差 -25%(重大偏差)")))
                .startsWith("第 1 问(为什么): 行业客户决策链长", "第 2 问(为什么): (待填写)")
                .endsWith("纠偏措施: LM-3 标准化方案模板");
        // the re-baselined checkpoint is analysed against its original plan; the NORMAL one is not analysed
        assertThat(headings(lm1, 3)).contains("LM-14 检查点 LM-14:偏差 -70%(重大偏差)")
                .noneMatch(h -> h.startsWith("LM-5"));
    }

    @Test
    void relatedFindingsAreThoseOfTheGoalItsCheckpointsAndChildren() {
        Document document = RetrospectiveBuilder.build(ReviewFixtures.asLiMing(), "LM-10", EN);
        assertThat(bullets(section(document, "Related findings"))).containsExactly(
                "Error LM-11: Major deviation (-40%) with no corrective action linked: hold an emergency review and start Plan B.",
                "Warning LM-15: Controllable deviation (-10%) with no cause recorded: analyse it and fine-tune.");
    }

    @Test
    void extractMethodsListsVerifiedGoodCheckpointsAndCompletedItems() {
        Document document = RetrospectiveBuilder.build(ReviewFixtures.asLiMing(), "LM-1", EN);
        List<String> practices = bullets(section(document, "4. Extract methods"));
        assertThat(practices).contains("LM-5 检查点 LM-5: verified on site, deviation -5% Normal deviation",
                "Recorded note: 每周客户拜访", "LM-3 标准化方案模板 (Epic): completed, progress 100%",
                "LM-16 渠道拓展 (Epic): completed, progress 100%")
                .noneMatch(p -> p.startsWith("LM-2 "));
        assertThat(headings(document, 3)).contains("Prompts");
    }

    @Test
    void planTheNextRoundStatesTheRuleProposesATargetAndListsActionItems() {
        Document document = RetrospectiveBuilder.build(ReviewFixtures.asLiMing(), "LM-1", EN);
        String markdown = MarkdownRenderer.render(document);
        assertThat(markdown).contains("Rule for the next target: the next round starts from this round's actual.",
                "**Suggested next round:** baseline 22 家, target 50 家.",
                "This round reached 44% of its target; the remaining gap of 28 家 carries over.");
        assertThat(tasks(document)).containsExactly("Finish corrective action LM-3 标准化方案模板 (status: In Progress).",
                "Agree the next round's target and its Accountable person.");

        assertThat(tasks(RetrospectiveBuilder.build(ReviewFixtures.asLiMing(), "LM-10", EN))).containsExactly(
                "Major deviation on LM-11 检查点 LM-11 (-40%) without corrective action: hold an emergency review, "
                        + "start Plan B and link the corrective action.",
                "Agree the next round's target and its Accountable person.");
    }

    @Test
    void hygieneErrorsOnTheGoalBecomeActionItemsAndAReachedTargetProposesTheStretch() {
        Item goal = Item.builder("G", ItemType.STRATEGIC_GOAL).summary("goal")
                .raci(new Raci(List.of(), List.of("ceo", "li.ming"), List.of(), List.of()))
                .metric(new Metric("NPS", "分", Direction.INCREASE, dec("65"), dec("68"), dec("73"), dec("70"), false))
                .build();
        Evaluation evaluation = Evaluator.evaluate(Scope.everything(new Workspace(Settings.defaults(),
                ReviewFixtures.people(), List.of(goal, checkpoint("GC", "G", "2026-03-01", "68", "70")))), AS_OF);
        Document document = RetrospectiveBuilder.build(evaluation, "G", EN);
        assertThat(tasks(document)).containsExactly(
                "Fix G: Several people are Accountable (ceo, li.ming): exactly one person must be.",
                "Fix G: No one is Responsible for doing the work.",
                "Agree the next round's target and its Accountable person.");
        assertThat(MarkdownRenderer.render(document)).contains("**Suggested next round:** baseline 70 分, target 73 分.",
                "The target was reached (166.7%); the stretch target becomes the next target.",
                "Accountable (A):** 王总 (ceo), 李明 (li.ming)");
    }

    @Test
    void aGoalWithoutMetricStillGetsItsRetrospective() {
        Item goal = Item.builder("G", ItemType.TACTIC).summary("no metric").build();
        Evaluation evaluation = Evaluator.evaluate(Scope.everything(new Workspace(Settings.defaults(),
                ReviewFixtures.people(), List.of(goal))), AS_OF);
        String markdown = MarkdownRenderer.render(RetrospectiveBuilder.build(evaluation, "G", EN));
        assertThat(markdown).contains("Metric:** none", "The goal has no metric; its progress is —.",
                "No checkpoints.", "No controllable or major deviation", "The goal has no metric: define a measurable one")
                .doesNotContain("Suggested next round");
    }

    @Test
    void hiddenItemsNeverAppearInAnyFormatAndTheirCountIsShown() {
        for (Messages messages : List.of(EN, ZH)) {
            Document document = RetrospectiveBuilder.build(ReviewFixtures.asLiMing(), "LM-1", messages);
            for (String rendered : List.of(MarkdownRenderer.render(document), WikiRenderer.render(document))) {
                assertThat(rendered).doesNotContain("LM-20", "LM-21", "SECRET");
            }
        }
        assertThat(MarkdownRenderer.render(RetrospectiveBuilder.build(ReviewFixtures.asLiMing(), "LM-1", EN)))
                .contains("2 items are hidden from you and left out of every number and list.");
        // the same retrospective for someone who may browse everything does show them
        assertThat(MarkdownRenderer.render(RetrospectiveBuilder.build(ReviewFixtures.everything(), "LM-1", EN)))
                .contains("LM-20 SECRET-PROJECT").doesNotContain("hidden from you");
    }

    @Test
    void unknownOrHiddenKeysAreRefusedAlikeAndNonGoalsAreNamed() {
        assertThatThrownBy(() -> RetrospectiveBuilder.build(ReviewFixtures.asLiMing(), "LM-999", EN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown goal key 'LM-999': no such item in the evaluated scope");
        // hidden from li.ming: indistinguishable from a key that does not exist
        assertThatThrownBy(() -> RetrospectiveBuilder.build(ReviewFixtures.asLiMing(), "LM-20", EN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown goal key 'LM-20': no such item in the evaluated scope");
        assertThatThrownBy(() -> RetrospectiveBuilder.build(ReviewFixtures.asLiMing(), "LM-3", EN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'LM-3' is of type Epic, not a goal");
        assertThatThrownBy(() -> RetrospectiveBuilder.build(ReviewFixtures.asLiMing(), "LM-2", EN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'LM-2' is of type Checkpoint, not a goal");
        assertThatThrownBy(() -> RetrospectiveBuilder.build(ReviewFixtures.asLiMing(), " ", EN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
