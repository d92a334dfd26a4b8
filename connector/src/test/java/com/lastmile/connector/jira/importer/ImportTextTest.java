package com.lastmile.connector.jira.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.connector.jira.api.JiraFlavor;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class ImportTextTest {

    private final Workspace sample = TestWorkspaces.sample();

    private static String render(BiConsumer<ImportText, PrintWriter> write, Locale locale) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            write.accept(new ImportText(Messages.forLocale(locale)), out);
        }
        return text.toString();
    }

    @Test
    void thePlanListsProvisioningWavesItemsWarningsAndASummary() {
        ImportPlan plan = Imports.plan(new FakeJira(JiraFlavor.DATA_CENTER), sample);

        String text = render((t, out) -> t.writePlan(plan, out), Locale.ENGLISH);

        assertThat(text).startsWith("Import plan for project LM on Jira Data Center (dry run: nothing was changed)")
                .contains("To provision, before any issue is created:\n  issue type Strategic Goal\n",
                        "  link type Contributes to\n", "  field RACI\n  field RACI on the default screen\n",
                        "  field Last Mile import key\n  field Last Mile import key on the default screen\n",
                        "Wave 1: 3 items\n  LM-1  Strategic Goal  2026年营收增长30% / Grow 2026 revenue by 30%\n",
                        "Wave 6: 3 items\n", "  LM-20  Sub-task  ",
                        "Re-baselined checkpoints, created with their original plan and then edited to the current "
                                + "one: LM-27",
                        "Statuses are not transitioned", "visibleTo is not mapped", ": LM-85\n",
                        "Story points are not imported")
                .endsWith("Summary: 94 items, 0 already in Jira, 94 to create in 6 waves.\n");
    }

    @Test
    void theChinesePlanIsInChinese() {
        ImportPlan plan = Imports.plan(new FakeJira(JiraFlavor.CLOUD), sample);

        String text = render((t, out) -> t.writePlan(plan, out), Locale.SIMPLIFIED_CHINESE);

        assertThat(text).startsWith("导入计划:项目 LM,Jira 云版(试运行:未做任何更改)")
                .contains("第 1 批:3 个事项\n  LM-1  战略目标  ", "  问题类型 Checkpoint\n",
                        "  字段 RACI\n  默认界面上的字段 RACI\n",
                        "警告:", "汇总:共 94 个事项,0 个已在 Jira 中,94 个待创建,分 6 批。")
                .as("Cloud needs no key field").doesNotContain(MarkerStrategy.KEY_FIELD_NAME);
    }

    @Test
    void aStoppedReportSaysWhatFailedInJirasWordsWhatWasNotAttemptedAndHowToFinish() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);
        jira.troubleOnCreateCall(2, new FakeJira.CreateTrouble(Set.of(0), Set.of(), Set.of(), false));
        ImportReport report = Imports.run(jira, sample);

        String english = render((t, out) -> t.writeReport(report, out), Locale.ENGLISH);
        String chinese = render((t, out) -> t.writeReport(report, out), Locale.SIMPLIFIED_CHINESE);

        assertThat(english)
                .startsWith("Import into project LM on Jira Data Center: stopped, Jira refused part of it.")
                .contains("Provisioned:\n  issue type Strategic Goal\n",
                        "failed 1, not attempted ", "Failed (Jira's messages as sent):\n",
                        "  LM-2: Jira refused to create it (HTTP 400): customfield_1: refused on purpose\n",
                        "Not attempted (they need an item that failed): ",
                        "Keys (workspace → Jira):\n  LM-1 → LM-1 (created)\n")
                .doesNotContain("Hint:")
                .endsWith("Run the same command again to complete the import: items already in Jira are skipped, "
                        + "nothing is created twice.\n");
        assertThat(chinese).startsWith("导入项目 LM(Jira 数据中心版):已停止")
                .contains("LM-2:Jira 拒绝创建(HTTP 400):customfield_1: refused on purpose", "LM-1 → LM-1(新建)");
    }

    @Test
    void aCompleteReRunReportsEverythingAsAlreadyThere() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);
        Imports.run(jira, sample);
        ImportReport again = Imports.run(jira, sample);

        String text = render((t, out) -> t.writeReport(again, out), Locale.ENGLISH);

        assertThat(text).startsWith("Import into project LM on Jira Data Center: complete.\n"
                        + "Created 0, already in Jira 94, failed 0, not attempted 0.\n")
                .contains("  LM-94 → LM-").doesNotContain("Provisioned", "Run the same command again", "Warnings");
    }

    @Test
    void linksToActionsAlreadyInJiraAreInThePlanAndInTheReportOrItsFailures() {
        Workspace before = TestWorkspaces.of(TestWorkspaces.item("LM-1", ItemType.CAMPAIGN, null),
                TestWorkspaces.item("LM-2", ItemType.EPIC, "LM-1"));
        Workspace after = TestWorkspaces.of(before.items().get(0), before.items().get(1),
                TestWorkspaces.checkpoint("LM-3", "LM-1", "10", List.of("LM-2")));
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);
        Imports.run(jira, before);
        ImportPlan plan = Imports.plan(jira, after);
        jira.refuseLinks();
        ImportReport refused = new JiraImporter(jira).execute(plan);
        jira.allowLinks();
        ImportReport linked = Imports.run(jira, after);

        assertThat(render((t, out) -> t.writePlan(plan, out), Locale.ENGLISH)).contains("Corrective-action links to "
                + "actions already in Jira, made with one call each once their checkpoint exists (action → checkpoint): "
                + "LM-2 → LM-3\n");
        assertThat(render((t, out) -> t.writeReport(refused, out), Locale.ENGLISH)).contains("  LM-2 → LM-3: the "
                + "corrective-action link failed (HTTP 403): You do not have the permission to link issues.\n")
                .doesNotContain("Corrective-action links made");
        assertThat(render((t, out) -> t.writeReport(refused, out), Locale.SIMPLIFIED_CHINESE))
                .contains("LM-2 → LM-3:建立纠偏措施链接失败(HTTP 403)");
        assertThat(render((t, out) -> t.writeReport(linked, out), Locale.ENGLISH)).contains("Corrective-action links "
                + "made to actions already in Jira (action → checkpoint): LM-2 → LM-3\n");
        assertThat(render((t, out) -> t.writeReport(linked, out), Locale.SIMPLIFIED_CHINESE))
                .contains("已为已在 Jira 中的纠偏措施建立链接(措施 → 检查点):LM-2 → LM-3");
    }

    @Test
    void aFieldRefusedAsOffTheScreenBringsAHintForTheAdminAfterJirasMessages() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);
        String metricName = jira.addFieldOffScreen("Metric name");
        ImportReport report = Imports.run(jira, sample);

        String english = render((t, out) -> t.writeReport(report, out), Locale.ENGLISH);
        String chinese = render((t, out) -> t.writeReport(report, out), Locale.SIMPLIFIED_CHINESE);

        assertThat(english).contains("Field '" + metricName + "' cannot be set. It is not on the appropriate screen, "
                        + "or unknown.\n",
                "Hint: Jira refused a field that is not on the project's screen. The import adds the fields it "
                        + "creates to the default screen only; where a project uses screens of its own, a Jira "
                        + "administrator needs to add the Last Mile fields to the project's create and edit screens.\n")
                .containsOnlyOnce("Hint:");
        assertThat(chinese).contains("提示:Jira 拒绝了不在该项目界面上的字段。",
                "把 Last Mile 字段添加到该项目的创建界面和编辑界面。");
    }
}
