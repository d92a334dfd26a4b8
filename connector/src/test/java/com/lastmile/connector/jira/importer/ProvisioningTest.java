package com.lastmile.connector.jira.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lastmile.connector.jira.api.JiraFlavor;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.Workspace;
import com.lastmile.core.tracker.TrackerField;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProvisioningTest {

    private final Workspace sample = TestWorkspaces.sample();

    @Test
    void dryRunPlansEverythingWithoutAMutatingCall() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);

        ImportPlan plan = Imports.plan(jira, sample);

        assertThat(jira.mutatingCalls()).isZero();
        assertThat(jira.calls()).containsExactly("flavor", "issueTypes", "linkTypes", "fields", "search");
        assertThat(plan.site().steps()).startsWith(
                new SetupStep(SetupStep.Kind.ISSUE_TYPE, "Strategic Goal"),
                new SetupStep(SetupStep.Kind.ISSUE_TYPE, "Campaign"),
                new SetupStep(SetupStep.Kind.ISSUE_TYPE, "Tactic"),
                new SetupStep(SetupStep.Kind.ISSUE_TYPE, "Checkpoint"),
                new SetupStep(SetupStep.Kind.ISSUE_TYPE, "Retrospective"),
                new SetupStep(SetupStep.Kind.LINK_TYPE, "Contributes to"),
                new SetupStep(SetupStep.Kind.FIELD, "Metric name"),
                new SetupStep(SetupStep.Kind.SCREEN, "Metric name"))
                .endsWith(new SetupStep(SetupStep.Kind.FIELD, MarkerStrategy.KEY_FIELD_NAME),
                        new SetupStep(SetupStep.Kind.SCREEN, MarkerStrategy.KEY_FIELD_NAME))
                .as("each field and the key field, each created and put on the default screen")
                .hasSize(6 + 2 * (TrackerField.values().length + 1));
        assertThat(plan.itemsToCreate()).isEqualTo(sample.items().size());
        assertThat(plan.blocked()).isFalse();
    }

    @Test
    void provisionsOnlyWhatIsMissingFoundByNameIgnoringCase() {
        FakeJira jira = new FakeJira(JiraFlavor.CLOUD);
        jira.addIssueType("strategic goal", false);
        jira.addIssueType("CHECKPOINT", true);
        jira.addLinkType("Contributes to");
        jira.addField("metric NAME");

        ImportReport report = Imports.run(jira, sample);

        assertThat(report.complete()).isTrue();
        assertThat(report.provisioned()).extracting(SetupStep::name).startsWith("Campaign", "Tactic", "Retrospective")
                .doesNotContain("Strategic Goal", "Checkpoint", "Contributes to", "Metric name")
                .as("Cloud needs no key field").doesNotContain(MarkerStrategy.KEY_FIELD_NAME)
                .hasSize(3 + 2 * (TrackerField.values().length - 1));
        assertThat(jira.callsOf("createIssueType")).isEqualTo(3);
        assertThat(jira.callsOf("createLinkType")).isZero();
        assertThat(jira.callsOf("createField")).isEqualTo(TrackerField.values().length - 1);
        assertThat(jira.callsOf("addFieldToDefaultScreen")).isEqualTo(TrackerField.values().length - 1);
        assertThat(jira.issueTypeList()).filteredOn(t -> t.name().equalsIgnoreCase("Checkpoint")).hasSize(1);
        assertThat(jira.issueTypeList()).filteredOn(t -> t.name().equals("Campaign")).singleElement()
                .satisfies(t -> assertThat(t.subtask()).isFalse());
        assertThat(jira.issueTypeList()).filteredOn(t -> t.name().equals("Retrospective")).hasSize(1);
    }

    @Test
    void goalTypesTheWorkspaceDoesNotUseAreNotCreated() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);
        Workspace epicsOnly = TestWorkspaces.of(TestWorkspaces.item("LM-1", ItemType.EPIC, null));

        ImportPlan plan = Imports.plan(jira, epicsOnly);

        assertThat(plan.site().typesToCreate()).containsExactly(ItemType.CHECKPOINT, ItemType.RETROSPECTIVE);
    }

    @Test
    void aMissingJiraTypeTheWorkspaceUsesBlocksTheImportBeforeAnyChange() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);
        jira.removeIssueType("Bug");
        jira.removeIssueType("Epic");

        ImportPlan plan = Imports.plan(jira, sample);

        assertThat(plan.blocked()).isTrue();
        assertThat(plan.site().blockers()).singleElement().satisfies(problem -> assertThat(
                problem.format(Messages.forLocale(Locale.ENGLISH))).contains("Epic, Bug"));
        assertThatThrownBy(() -> new JiraImporter(jira).execute(plan)).isInstanceOf(IllegalStateException.class);
        assertThat(jira.mutatingCalls()).isZero();
    }

    @Test
    void aDataCenterSiteWithoutEpicLinkBlocksTheImportOfStoriesInEpics() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER).withoutEpicLink();

        ImportPlan plan = Imports.plan(jira, sample);

        assertThat(plan.site().blockers()).singleElement().isEqualTo(ImportProblem.of("import.blocker.noEpicLink"));
        assertThat(Imports.plan(new FakeJira(JiraFlavor.CLOUD), sample).blocked())
                .as("Cloud puts stories into epics through parent").isFalse();
    }

    @Test
    void aCheckpointTypeThatIsNotASubTaskTypeBlocksTheImport() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);
        jira.addIssueType("Checkpoint", false);

        ImportPlan plan = Imports.plan(jira, sample);

        assertThat(plan.site().blockers()).singleElement()
                .isEqualTo(ImportProblem.of("import.blocker.notSubtask", "Checkpoint"));
    }

    @Test
    void cloudSubtaskTypeServesSubTasks() {
        FakeJira jira = new FakeJira(JiraFlavor.CLOUD);
        Workspace workspace = TestWorkspaces.of(TestWorkspaces.item("LM-1", ItemType.STORY, null),
                TestWorkspaces.item("LM-2", ItemType.SUB_TASK, "LM-1"));

        ImportReport report = Imports.run(jira, workspace);

        assertThat(report.complete()).isTrue();
        assertThat(jira.byWorkspaceKey("LM-2").type.name()).isEqualTo("Subtask");
    }

    @Test
    void withoutAStoryPointsFieldPointsAreLeftOutAndTheItemsNamed() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);

        ImportReport report = Imports.run(jira, sample);

        List<String> pointed = sample.items().stream().filter(i -> i.points() != null).map(i -> i.key()).toList();
        assertThat(report.warnings()).contains(new ImportWarning(ImportWarning.Kind.POINTS_NOT_IMPORTED, pointed));
        assertThat(jira.issues().values()).allSatisfy(issue -> assertThat(issue.fields.keySet())
                .allMatch(id -> jira.fieldList().stream().anyMatch(f -> f.id().equals(id)
                        && (f.name().equals(MarkerStrategy.KEY_FIELD_NAME)
                        || Arrays.stream(TrackerField.values()).anyMatch(t -> t.defaultName().equals(f.name()))))));
    }

    @Test
    void storyPointsGoToTheTeamManagedFieldWhenThatIsTheOneThereIs() {
        FakeJira jira = new FakeJira(JiraFlavor.CLOUD).withStoryPoints("Story point estimate");

        ImportReport report = Imports.run(jira, sample);

        assertThat(report.warnings()).extracting(ImportWarning::kind)
                .doesNotContain(ImportWarning.Kind.POINTS_NOT_IMPORTED);
        assertThat(jira.byWorkspaceKey("LM-18").fields.get(jira.fieldId("Story point estimate")).decimalValue())
                .isEqualByComparingTo("5");
    }

    @Test
    void aRefusedProvisioningStepStopsBeforeAnyIssueIsCreated() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);
        jira.refuseFieldCreation("Planned value");

        ImportReport report = Imports.run(jira, sample);

        assertThat(report.failures()).singleElement().isEqualTo(new ImportFailure(
                ImportFailure.Reason.SETUP_REFUSED, "Planned value", null, 403,
                List.of("You are not a Jira administrator.")));
        assertThat(report.provisioned()).extracting(SetupStep::name).contains("Checkpoint", "Metric name")
                .doesNotContain("Planned value");
        assertThat(report.notAttempted()).hasSize(sample.items().size());
        assertThat(jira.callsOf("createIssues")).isZero();
        assertThat(report.keys()).isEmpty();
    }

    /** Jira refuses values of fields not on the screen: without this step no issue could carry a new field. */
    @Test
    void everyCreatedFieldIsAddedToTheDefaultScreenRightAfterItsCreationSoThatIssuesCanCarryIt() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);

        ImportReport report = Imports.run(jira, sample);

        List<String> fieldCalls = jira.calls().stream()
                .filter(call -> call.equals("createField") || call.equals("addFieldToDefaultScreen")).toList();
        assertThat(fieldCalls).hasSize(2 * (TrackerField.values().length + 1));
        for (int i = 0; i < fieldCalls.size(); i += 2) {
            assertThat(fieldCalls.subList(i, i + 2)).containsExactly("createField", "addFieldToDefaultScreen");
        }
        assertThat(report.provisioned()).containsSubsequence(new SetupStep(SetupStep.Kind.FIELD, "Planned value"),
                new SetupStep(SetupStep.Kind.SCREEN, "Planned value"));
        assertThat(report.complete()).as(report.failures().toString()).isTrue();
        assertThat(jira.byWorkspaceKey("LM-27").fields).containsKey(jira.fieldId("Planned value"));
    }

    @Test
    void aFieldTheSiteHasOffTheScreenIsRefusedInJirasWordsAndNotAddedToTheScreen() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);
        String metricName = jira.addFieldOffScreen("Metric name");
        Workspace goal = TestWorkspaces.of(Item.builder("LM-1", ItemType.CAMPAIGN).summary("Grow")
                .metric(new Metric("Revenue", null, Direction.INCREASE, null, BigDecimal.TEN, null, null, false))
                .build());

        ImportReport report = Imports.run(jira, goal);

        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.reason()).isEqualTo(ImportFailure.Reason.CREATE_REFUSED);
            assertThat(failure.messages()).containsExactly(
                    "Field '" + metricName + "' cannot be set. It is not on the appropriate screen, or unknown.");
            assertThat(failure.fieldOffScreen()).isTrue();
        });
        assertThat(report.provisioned()).doesNotContain(new SetupStep(SetupStep.Kind.SCREEN, "Metric name"));
    }

    @Test
    void aRefusedScreenChangeStopsBeforeAnyIssueIsCreatedNamingTheField() {
        FakeJira jira = new FakeJira(JiraFlavor.CLOUD);
        jira.refuseScreenChanges();

        ImportReport report = Imports.run(jira, sample);

        assertThat(report.failures()).singleElement().isEqualTo(new ImportFailure(
                ImportFailure.Reason.SCREEN_REFUSED, "Metric name", null, 403,
                List.of("You are not a Jira administrator.")));
        assertThat(report.provisioned()).endsWith(new SetupStep(SetupStep.Kind.FIELD, "Metric name"));
        assertThat(jira.callsOf("createIssues")).isZero();
    }
}
