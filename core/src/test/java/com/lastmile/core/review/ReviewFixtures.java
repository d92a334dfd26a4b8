package com.lastmile.core.review;

import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.Evaluator;
import com.lastmile.core.eval.Scope;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A small strategy tree exercising every list of the weekly review and every step of the retrospective.
 * As of 2026-04-01:
 * <pre>
 * LM-1  Strategic Goal 新业务线年度签约50家 (A ceo, R sales.head), customers 0 → 50 (stretch 60), actual 22
 *   LM-2  checkpoint 03-31 planned 8 actual 6: −25 % MAJOR, verified, cause, action LM-3
 *   LM-5  checkpoint 02-28 planned 4 actual 3.8: −5 % NORMAL, verified 3/3        (SOP candidate)
 *   LM-6  checkpoint 04-08 planned 12, no actual                                   (due soon: as-of + 7)
 *   LM-7  checkpoint 04-01 planned 10, no actual                                   (due on the as-of date: not "soon")
 *   LM-8  checkpoint 04-09 planned 14, no actual                                   (as-of + 8: not "soon")
 *   LM-9  checkpoint 03-15 planned 6, no actual                                    (OVERDUE)
 *   LM-14 checkpoint 03-20 planned 6 (originally 20) actual 6: NORMAL now, −70 % MAJOR against the original
 *   LM-3  Epic 标准化方案模板 (A pm, R pm), In Progress
 *     LM-4  Story Done
 *   LM-10 Campaign 华东区签约 (A li.ming, R doer), customers 0 → 20, actual 9
 *     LM-11 checkpoint 03-25 planned 10 actual 6: −40 % MAJOR, no action, action link to hidden LM-20
 *     LM-12 checkpoint 03-10 planned 5 actual 6: +20 % EXCEEDED, verified
 *     LM-15 checkpoint 03-30 planned 10 actual 9: −10 % CONTROLLABLE, no cause
 *     LM-16 Epic 渠道拓展, Done
 *   LM-20 Campaign SECRET-PROJECT, visible to ceo only, with checkpoint LM-21 −50 % MAJOR
 * LM-13 Epic without parent and RACI: ORPHAN_EPIC, RACI_MISSING
 * </pre>
 */
public final class ReviewFixtures {

    public static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

    private ReviewFixtures() {
    }

    public static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    public static Raci raci(String accountable, String... responsible) {
        return new Raci(List.of(responsible), accountable == null ? List.of() : List.of(accountable), List.of(),
                List.of());
    }

    public static Item checkpoint(String key, String goal, String due, String planned, String actual,
                                  Verification verification, String cause, List<String> actions,
                                  OriginalPlan original) {
        return Item.builder(key, ItemType.CHECKPOINT).parent(goal).summary("检查点 " + key)
                .due(LocalDate.parse(due))
                .checkpoint(new CheckpointData(dec(planned), dec(actual), original, verification, cause, actions))
                .build();
    }

    public static Item checkpoint(String key, String goal, String due, String planned, String actual) {
        return checkpoint(key, goal, due, planned, actual, null, null, List.of(), null);
    }

    public static List<Person> people() {
        return List.of(new Person("ceo", "王总", true), new Person("sales.head", "销售总监", true),
                new Person("pm", "PM", true), new Person("li.ming", "李明", true), new Person("doer", "Doer", true));
    }

    public static List<Item> items() {
        return List.of(
                Item.builder("LM-1", ItemType.STRATEGIC_GOAL).summary("新业务线年度签约50家").raci(raci("ceo", "sales.head"))
                        .metric(new Metric("签约客户", "家", Direction.INCREASE, dec("0"), dec("50"), dec("60"), dec("22"), false))
                        .build(),
                checkpoint("LM-2", "LM-1", "2026-03-31", "8", "6", new Verification(5, 5, "li.ming", null),
                        "行业客户决策链长", List.of("LM-3"), null),
                checkpoint("LM-5", "LM-1", "2026-02-28", "4", "3.8", new Verification(3, 3, "li.ming", null),
                        "每周客户拜访", List.of(), null),
                checkpoint("LM-6", "LM-1", "2026-04-08", "12", null),
                checkpoint("LM-7", "LM-1", "2026-04-01", "10", null),
                checkpoint("LM-8", "LM-1", "2026-04-09", "14", null),
                checkpoint("LM-9", "LM-1", "2026-03-15", "6", null),
                checkpoint("LM-14", "LM-1", "2026-03-20", "6", "6", null, "渠道延期", List.of(),
                        new OriginalPlan(dec("20"), LocalDate.parse("2026-03-20"))),
                Item.builder("LM-3", ItemType.EPIC).parent("LM-1").summary("标准化方案模板").raci(raci("pm", "pm"))
                        .status("In Progress").build(),
                Item.builder("LM-4", ItemType.STORY).parent("LM-3").summary("模板初稿").status("Done").build(),
                Item.builder("LM-10", ItemType.CAMPAIGN).parent("LM-1").summary("华东区签约").raci(raci("li.ming", "doer"))
                        .metric(new Metric("签约客户", "家", Direction.INCREASE, dec("0"), dec("20"), null, dec("9"), false))
                        .build(),
                checkpoint("LM-11", "LM-10", "2026-03-25", "10", "6", null, null, List.of("LM-20"), null),
                checkpoint("LM-12", "LM-10", "2026-03-10", "5", "6", new Verification(2, 2, "li.ming", null), null,
                        List.of(), null),
                checkpoint("LM-15", "LM-10", "2026-03-30", "10", "9"),
                Item.builder("LM-16", ItemType.EPIC).parent("LM-10").summary("渠道拓展").raci(raci("li.ming", "doer"))
                        .status("Done").build(),
                Item.builder("LM-20", ItemType.CAMPAIGN).parent("LM-1").summary("SECRET-PROJECT")
                        .raci(raci("ceo", "ceo")).visibleTo(List.of("ceo"))
                        .metric(new Metric("secret", "", Direction.INCREASE, dec("0"), dec("10"), null, dec("5"), false))
                        .build(),
                checkpoint("LM-21", "LM-20", "2026-03-28", "10", "5"),
                Item.builder("LM-13", ItemType.EPIC).summary("孤立史诗").build());
    }

    public static Workspace workspace() {
        return new Workspace(Settings.defaults(), people(), items());
    }

    /** As li.ming sees it: LM-20 and LM-21 are hidden. */
    public static Evaluation asLiMing() {
        return Evaluator.evaluate(Scope.asViewer(workspace(), "li.ming"), AS_OF);
    }

    /** As someone who may browse everything sees it. */
    public static Evaluation everything() {
        return Evaluator.evaluate(Scope.everything(workspace()), AS_OF);
    }
}
