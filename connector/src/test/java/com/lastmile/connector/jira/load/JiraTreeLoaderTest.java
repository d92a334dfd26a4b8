package com.lastmile.connector.jira.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lastmile.connector.jira.api.ChangeEntry;
import com.lastmile.connector.jira.api.FieldInfo;
import com.lastmile.connector.jira.http.JiraException;
import com.lastmile.core.eval.Evaluator;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.finding.Finding;
import com.lastmile.core.finding.Rule;
import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.OriginalPlan;
import com.lastmile.core.model.Person;
import com.lastmile.core.model.Raci;
import com.lastmile.core.model.Settings;
import com.lastmile.core.model.StatusCategory;
import com.lastmile.core.model.Verification;
import com.lastmile.core.model.Workspace;
import com.lastmile.core.tracker.TrackerField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JiraTreeLoaderTest {

    private static final String JQL = "project = LM ORDER BY key";
    private static final String RACI = "{\"R\": [\"ana\"], \"A\": \"bob\", \"C\": [], \"I\": [\"carl\"]}";

    private final FakeJira jira = new FakeJira();

    private Workspace load(Issue... issues) {
        return load(IssueTypeMapping.standard(), issues);
    }

    private Workspace load(IssueTypeMapping types, Issue... issues) {
        if (jira.fields.isEmpty()) {
            jira.fields.addAll(SiteFixture.fields(true));
        }
        for (Issue issue : issues) {
            jira.issues.add(issue.record());
        }
        return new JiraTreeLoader(jira, types).load(JQL);
    }

    private static Map<String, Item> byKey(Workspace workspace) {
        return workspace.items().stream().collect(Collectors.toMap(Item::key, Function.identity()));
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static List<Finding> findings(Workspace workspace) {
        return Evaluator.evaluate(Scope.everything(workspace), LocalDate.of(2026, 6, 29)).findings();
    }

    @Test
    void oneCallOfEachKindPerLoadAskingOnlyForLastMilesFields() {
        Issue checkpoint = Issue.of("LM-2", "Checkpoint").parent("LM-1").set(TrackerField.SAMPLED, 2.0)
                .user(TrackerField.VERIFIER, "accountId", "dan");
        load(Issue.of("LM-1", "Campaign").set(TrackerField.RACI, RACI), checkpoint,
                Issue.of("LM-3", "Checkpoint").parent("LM-1"), Issue.of("LM-4", "Epic").contributesTo("LM-1"));

        assertThat(jira.calls("fields")).isEqualTo(1);
        assertThat(jira.calls("search")).isEqualTo(1);
        assertThat(jira.calls("changelogs")).isEqualTo(1);
        assertThat(jira.calls("users")).isEqualTo(1);
        assertThat(jira.totalCalls()).isEqualTo(4);
        assertThat(jira.jqls).containsExactly(JQL);
        List<String> expected = new ArrayList<>();
        for (TrackerField field : TrackerField.values()) {
            expected.add(SiteFixture.id(field));
        }
        expected.addAll(List.of(SiteFixture.STORY_POINTS, SiteFixture.STORY_POINT_ESTIMATE, SiteFixture.EPIC_LINK));
        assertThat(jira.searchedFields.get(0)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(jira.changelogIds.get(0)).containsExactly(checkpoint.id(), Issue.of("LM-3", "Checkpoint").id());
        assertThat(jira.userIds.get(0)).containsExactly("ana", "bob", "carl", "dan");
    }

    @Test
    void aScopeWithoutCheckpointsOrNamedPeopleNeedsNoChangelogsAndNoUsers() {
        Workspace workspace = load(Issue.of("LM-1", "Epic"), Issue.of("LM-2", "Story").parent("LM-1"));

        assertThat(jira.totalCalls()).isEqualTo(2);
        assertThat(workspace.people()).isEmpty();
        assertThat(workspace.settings()).isEqualTo(Settings.defaults());
    }

    @Test
    void aGoalsFieldsBecomeItsItemAndMetric() {
        Item goal = byKey(load(Issue.of("LM-1", "Campaign").summary("Sign 50 customers").due("2026-12-31")
                .status("In Progress", "indeterminate").set(TrackerField.RACI, RACI)
                .set(TrackerField.METRIC_NAME, " Customers ").set(TrackerField.METRIC_UNIT, "家")
                .set(TrackerField.METRIC_DIRECTION, "Decrease").set(TrackerField.METRIC_BASELINE, dec("60"))
                .set(TrackerField.METRIC_TARGET, 50.0).set(TrackerField.METRIC_STRETCH, dec("45"))
                .set(TrackerField.METRIC_ACTUAL, dec("52")).set(TrackerField.METRIC_ADDITIVE, "yes")
                .set(TrackerField.WEIGHT, dec("2")))).get("LM-1");

        assertThat(goal.type()).isEqualTo(ItemType.CAMPAIGN);
        assertThat(goal.summary()).isEqualTo("Sign 50 customers");
        assertThat(goal.due()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(goal.status()).isEqualTo("In Progress");
        assertThat(goal.statusCategory()).isEqualTo(StatusCategory.IN_PROGRESS);
        assertThat(goal.weight()).isEqualByComparingTo("2");
        assertThat(goal.raci()).isEqualTo(new Raci(List.of("ana"), List.of("bob"), List.of(), List.of("carl")));
        assertThat(goal.metric()).isEqualTo(new Metric("Customers", "家", Direction.DECREASE, dec("60"),
                new BigDecimal("50.0"), dec("45"), dec("52"), true));
        assertThat(goal.checkpoint()).isNull();
    }

    @Test
    void aCheckpointsFieldsBecomeItsCheckpointData() {
        Item checkpoint = byKey(load(Issue.of("LM-1", "Campaign"),
                Issue.of("LM-2", "Checkpoint").parent("LM-1").due("2026-03-31")
                        .set(TrackerField.PLANNED, dec("8")).set(TrackerField.ACTUAL, dec("6"))
                        .set(TrackerField.SAMPLED, 5.0).set(TrackerField.PASSED, 4.0)
                        .user(TrackerField.VERIFIER, "accountId", "5b10ac8d82e05b22cc7d4ef5")
                        .raw(SiteFixture.id(TrackerField.VERIFICATION_NOTE), Issue.adf("4 of 5 contracts found"))
                        .set(TrackerField.CAUSE, " Long decision chains "))).get("LM-2");

        assertThat(checkpoint.type()).isEqualTo(ItemType.CHECKPOINT);
        assertThat(checkpoint.parent()).isEqualTo("LM-1");
        assertThat(checkpoint.checkpoint()).isEqualTo(new CheckpointData(dec("8"), dec("6"), null,
                new Verification(5, 4, "5b10ac8d82e05b22cc7d4ef5", "4 of 5 contracts found"), "Long decision chains",
                List.of()));
    }

    @Test
    void aDataCenterVerifierIsTheUserName() {
        Item checkpoint = byKey(load(Issue.of("LM-2", "Checkpoint").set(TrackerField.SAMPLED, 3.0)
                .raw(SiteFixture.id(TrackerField.VERIFIER), Issue.JSON.objectNode().put("name", "li.ming")
                        .put("key", "JIRAUSER10004")))).get("LM-2");

        assertThat(checkpoint.checkpoint().verification()).isEqualTo(new Verification(3, 0, "li.ming", null));
    }

    @Test
    void eachIssueHangsUnderItsParentEpicOrWhatItContributesTo() {
        Map<String, Item> items = byKey(load(
                Issue.of("LM-1", "Strategic Goal"),
                Issue.of("LM-2", "Campaign").contributesTo("LM-1"),
                Issue.of("LM-3", "Checkpoint").parent("LM-2").contributedBy("LM-4").contributedBy("LM-99"),
                Issue.of("LM-4", "Epic").contributesTo("LM-3").link("Blocks", true, "LM-1").contributesTo("LM-2"),
                Issue.of("LM-5", "Story").parent("LM-4"),
                Issue.of("LM-6", "Story").raw(SiteFixture.EPIC_LINK, Issue.JSON.textNode("LM-4")),
                Issue.of("LM-7", "Sub-task").parent("LM-5"),
                Issue.of("LM-8", "Task").link("Blocks", true, "LM-1")));

        assertThat(items.get("LM-1").parent()).isNull();
        assertThat(items.get("LM-2").parent()).isEqualTo("LM-1");
        assertThat(items.get("LM-3").parent()).isEqualTo("LM-2");
        assertThat(items.get("LM-4").parent()).as("contributing to a checkpoint makes an action, not a child")
                .isEqualTo("LM-2");
        assertThat(items.get("LM-5").parent()).as("Cloud: the epic is the parent").isEqualTo("LM-4");
        assertThat(items.get("LM-6").parent()).as("Data Center: the Epic Link").isEqualTo("LM-4");
        assertThat(items.get("LM-7").parent()).isEqualTo("LM-5");
        assertThat(items.get("LM-8").parent()).as("other link types are no parents").isNull();
        assertThat(items.get("LM-3").checkpoint().actions()).as("only loaded contributors").containsExactly("LM-4");
    }

    @Test
    void aParentOutsideTheScopeStaysAKeyAndTheEvaluationReportsIt() {
        Workspace workspace = load(Issue.of("LM-7", "Tactic").contributesTo("LM-50"),
                Issue.of("LM-8", "Sub-task").parent("LM-60"));

        assertThat(byKey(workspace).get("LM-7").parent()).isEqualTo("LM-50");
        assertThat(findings(workspace)).contains(
                Finding.of("LM-7", Rule.HIERARCHY_UNKNOWN_PARENT, "LM-50"),
                Finding.of("LM-8", Rule.HIERARCHY_UNKNOWN_PARENT, "LM-60"));
    }

    @Test
    void issueTypesMapByNameIgnoringCaseWithTheSitesOwnNamesFirst() {
        IssueTypeMapping types = new IssueTypeMapping(Map.of("initiative", ItemType.STRATEGIC_GOAL,
                "Objective", ItemType.CAMPAIGN, "Technical task", ItemType.SUB_TASK));
        Map<String, Item> items = byKey(load(types, Issue.of("LM-1", "Initiative"), Issue.of("LM-2", "OBJECTIVE"),
                Issue.of("LM-3", "strategic goal"), Issue.of("LM-4", "Bug"), Issue.of("LM-5", "Technical task"),
                Issue.of("LM-6", "Spike"), Issue.of("LM-7", "Sub-task"), Issue.of("LM-8", "Retrospective")));

        assertThat(items.values().stream().collect(Collectors.toMap(Item::key, Item::type)))
                .containsExactlyInAnyOrderEntriesOf(
                Map.of("LM-1", ItemType.STRATEGIC_GOAL, "LM-2", ItemType.CAMPAIGN, "LM-3", ItemType.STRATEGIC_GOAL,
                        "LM-4", ItemType.BUG, "LM-5", ItemType.SUB_TASK, "LM-6", ItemType.TASK,
                        "LM-7", ItemType.SUB_TASK, "LM-8", ItemType.RETROSPECTIVE));
    }

    @Test
    void itemsKeepTheSearchOrder() {
        Workspace workspace = load(Issue.of("LM-3", "Story"), Issue.of("LM-1", "Epic"), Issue.of("LM-2", "Task"));

        assertThat(workspace.items()).extracting(Item::key).containsExactly("LM-3", "LM-1", "LM-2");
    }

    @Test
    void statusCategoriesComeFromJirasKeys() {
        Map<String, Item> items = byKey(load(Issue.of("LM-1", "Story").status("Erledigt", "done"),
                Issue.of("LM-2", "Story").status("Done", "new"),
                Issue.of("LM-3", "Story").status("Doing", "indeterminate")));

        assertThat(items.get("LM-1").statusCategory()).isEqualTo(StatusCategory.DONE);
        assertThat(items.get("LM-2").statusCategory()).as("the key decides, not the name")
                .isEqualTo(StatusCategory.TODO);
        assertThat(items.get("LM-3").statusCategory()).isEqualTo(StatusCategory.IN_PROGRESS);
    }

    @Test
    void storyPointsPreferTheCompanyManagedFieldAndNegativeValuesCountAsNone() {
        Map<String, Item> items = byKey(load(
                Issue.of("LM-1", "Story").raw(SiteFixture.STORY_POINTS, Issue.JSON.numberNode(3.0))
                        .raw(SiteFixture.STORY_POINT_ESTIMATE, Issue.JSON.numberNode(8)),
                Issue.of("LM-2", "Story").raw(SiteFixture.STORY_POINT_ESTIMATE, Issue.JSON.numberNode(5)),
                Issue.of("LM-3", "Story").raw(SiteFixture.STORY_POINTS, Issue.JSON.numberNode(-1))
                        .set(TrackerField.WEIGHT, dec("-2"))));

        assertThat(items.get("LM-1").points()).isEqualByComparingTo("3");
        assertThat(items.get("LM-2").points()).isEqualByComparingTo("5");
        assertThat(items.get("LM-3").points()).isNull();
        assertThat(items.get("LM-3").weight()).isNull();
    }

    @Test
    void peopleAreTheNamedUsersJiraKnowsWithTheirActiveFlag() {
        jira.user("ana", "Ana", true);
        jira.user("bob", "Bob", false);
        jira.user("carl", "Carl", true);
        jira.user("eve", "Eve", true);
        Workspace workspace = load(Issue.of("LM-1", "Epic").set(TrackerField.RACI,
                "{\"R\": [\"ana\", \"ghost\"], \"A\": \"bob\", \"I\": [\"carl\"]}"));

        assertThat(workspace.people()).containsExactly(new Person("ana", "Ana", true), new Person("bob", "Bob", false),
                new Person("carl", "Carl", true));
        assertThat(findings(workspace)).extracting(Finding::rule)
                .contains(Rule.RACI_UNKNOWN_PERSON, Rule.RACI_INACTIVE_PERSON);
        assertThat(findings(workspace)).filteredOn(f -> f.rule() == Rule.RACI_UNKNOWN_PERSON)
                .singleElement().satisfies(f -> assertThat(f.args()).contains("ghost"));
    }

    @Test
    void anUnreadableRaciCountsAsNoneSoItIsReportedMissing() {
        Workspace workspace = load(Issue.of("LM-1", "Epic").set(TrackerField.RACI, "{\"R\": [\"ana\"], \"X\": []}"),
                Issue.of("LM-2", "Epic").raw(SiteFixture.id(TrackerField.RACI),
                        Issue.adf("{\"R\": [\"ana\"], \"A\": \"ana\"}")));

        assertThat(byKey(workspace).get("LM-1").raci()).isNull();
        assertThat(byKey(workspace).get("LM-2").raci()).as("Cloud's multi-line text arrives as ADF")
                .isEqualTo(new Raci(List.of("ana"), List.of("ana"), List.of(), List.of()));
        assertThat(findings(workspace)).contains(Finding.of("LM-1", Rule.RACI_MISSING));
    }

    @Test
    void theOriginalPlanComesFromTheChangelogMatchingThePlannedFieldByIdOrName() {
        Issue cloud = Issue.of("LM-1", "Checkpoint").due("2026-04-30").set(TrackerField.PLANNED, dec("3"));
        Issue dataCenter = Issue.of("LM-2", "Checkpoint").due("2026-04-30").set(TrackerField.PLANNED, dec("3"));
        Issue unchanged = Issue.of("LM-3", "Checkpoint").due("2026-04-30").set(TrackerField.PLANNED, dec("3"));
        jira.changelogs.put(cloud.id(), List.of(
                entry("2026-01-02", new ChangeEntry.Item("Plan (renamed since)", SiteFixture.id(TrackerField.PLANNED),
                        null, "4", null, "3")),
                entry("2026-01-01", new ChangeEntry.Item("duedate", "duedate", "2026-03-31", "31/Mar/26",
                        "2026-04-30", "30/Apr/26"))));
        jira.changelogs.put(dataCenter.id(), List.of(
                entry("2026-01-02", new ChangeEntry.Item("Planned value", null, null, "5", null, "3"))));
        jira.changelogs.put(unchanged.id(), List.of(
                entry("2026-01-02", new ChangeEntry.Item("summary", null, null, "old", null, "new"))));

        Map<String, Item> items = byKey(load(cloud, dataCenter, unchanged));

        assertThat(items.get("LM-1").checkpoint().original())
                .isEqualTo(new OriginalPlan(dec("4"), LocalDate.of(2026, 3, 31)));
        assertThat(items.get("LM-2").checkpoint().original())
                .isEqualTo(new OriginalPlan(dec("5"), LocalDate.of(2026, 4, 30)));
        assertThat(items.get("LM-3").checkpoint().original()).isNull();
    }

    @Test
    void aSiteWithoutLastMilesFieldsLoadsBareItems() {
        jira.fields.add(new FieldInfo("summary", "Summary", false, null));
        Workspace workspace = load(Issue.of("LM-1", "Epic").set(TrackerField.RACI, RACI));

        assertThat(jira.searchedFields.get(0)).isEmpty();
        assertThat(workspace.items().get(0).raci()).isNull();
    }

    @Test
    void aFailedCallFailsTheLoadWithJirasMessage() {
        jira.fail("search");

        assertThatThrownBy(() -> load(Issue.of("LM-1", "Epic")))
                .isInstanceOf(JiraException.class).hasMessageContaining("does not exist");
        assertThat(jira.calls("changelogs") + jira.calls("users")).isZero();
    }

    private static ChangeEntry entry(String day, ChangeEntry.Item item) {
        return new ChangeEntry(Instant.parse(day + "T10:00:00Z"), List.of(item));
    }
}
