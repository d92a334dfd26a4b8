package com.lastmile.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.core.doc.Block;
import com.lastmile.core.doc.Document;
import com.lastmile.core.doc.Heading;
import com.lastmile.core.doc.MarkdownRenderer;
import com.lastmile.core.doc.Table;
import com.lastmile.core.doc.WikiRenderer;
import com.lastmile.core.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WeeklyReviewDocumentTest {

    static final Messages EN = Messages.forLocale(Locale.ENGLISH);
    static final Messages ZH = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);

    static List<String> sections(Document document) {
        return document.blocks().stream().filter(b -> b instanceof Heading h && h.level() == 2)
                .map(b -> ((Heading) b).text()).toList();
    }

    static Table tableAfter(Document document, String heading) {
        List<Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading h && h.text().equals(heading)) {
                for (int k = i + 1; k < blocks.size() && !(blocks.get(k) instanceof Heading); k++) {
                    if (blocks.get(k) instanceof Table t) {
                        return t;
                    }
                }
            }
        }
        throw new AssertionError("no table under " + heading);
    }

    @Test
    void englishSectionsInOrder() {
        Document document = WeeklyReviewDocument.of(WeeklyReviewBuilder.build(ReviewFixtures.asLiMing()), EN);
        assertThat(document.title()).isEqualTo("Weekly review 2026-04-01");
        assertThat(sections(document)).containsExactly("Needs attention", "Due in the next 7 days", "Overdue", "Wins",
                "Hygiene", "Goal board");
    }

    @Test
    void chineseHeadingsBandsAndStates() {
        Document document = WeeklyReviewDocument.of(WeeklyReviewBuilder.build(ReviewFixtures.asLiMing()), ZH);
        assertThat(document.title()).isEqualTo("每周例会 2026-04-01");
        assertThat(sections(document)).containsExactly("需关注的偏差", "未来 7 天到期", "已逾期", "亮点(超额完成)",
                "规范检查", "目标看板");
        String markdown = MarkdownRenderer.render(document);
        assertThat(markdown).contains("`重大偏差`", "`可控偏差`", "`现场检查通过`", "批准人 (A)", "王总 (ceo)",
                "有 2 个事项对你不可见", "达成率", "战略目标");
    }

    @Test
    void theAttentionTableNamesTheAccountableCauseActionAndOriginalDeviation() {
        Document document = WeeklyReviewDocument.of(WeeklyReviewBuilder.build(ReviewFixtures.asLiMing()), EN);
        Table attention = tableAfter(document, "Needs attention");
        assertThat(attention.columns()).isEqualTo(8);
        assertThat(attention.rows()).hasSize(4);
        String markdown = MarkdownRenderer.render(document);
        assertThat(markdown)
                .contains("| LM-14 检查点 LM-14 | LM-1 新业务线年度签约50家 | 0% | `Normal deviation` | 王总 (ceo) | 渠道延期 "
                        + "| `no corrective action` | against the original plan -70% `Major deviation` |")
                .contains("| LM-2 检查点 LM-2 | LM-1 新业务线年度签约50家 | -25% | `Major deviation` | 王总 (ceo) "
                        + "| 行业客户决策链长 | LM-3 | — |")
                .contains("| 2026-04-08 | LM-6 检查点 LM-6 | LM-1 新业务线年度签约50家 | 12 | 王总 (ceo) |")
                .contains("| 2026-03-15 | 17 | LM-9 检查点 LM-9 |")
                .contains("| `Error` | LM-13 | RACI_MISSING |")
                .contains("| LM-1 新业务线年度签约50家 | Strategic Goal | 签约客户 (家) | 50 | 22 | 44% | 44% |");
    }

    @Test
    void hiddenItemsNeverAppearInAnyFormat() {
        Document document = WeeklyReviewDocument.of(WeeklyReviewBuilder.build(ReviewFixtures.asLiMing()), EN);
        for (String rendered : List.of(MarkdownRenderer.render(document), WikiRenderer.render(document))) {
            assertThat(rendered).doesNotContain("LM-20", "LM-21", "SECRET")
                    .contains("2 items are hidden from you");
        }
        String all = MarkdownRenderer.render(WeeklyReviewDocument.of(WeeklyReviewBuilder.build(ReviewFixtures.everything()), EN));
        assertThat(all).contains("LM-21", "SECRET").doesNotContain("hidden from you");
    }

    @Test
    void emptySectionsSaySo() {
        WeeklyReview empty = new WeeklyReview(ReviewFixtures.AS_OF, null, 0, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        String markdown = MarkdownRenderer.render(WeeklyReviewDocument.of(empty, EN));
        assertThat(markdown).contains("**Viewer:** everyone (no restriction)", "No deviation needs attention.",
                "No checkpoint is due in the next 7 days.", "No checkpoint is overdue.",
                "No checkpoint exceeded its plan.", "No findings.", "No goal has a metric.")
                .doesNotContain("| ---");
    }
}
