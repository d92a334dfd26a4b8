package com.lastmile.connector.jira.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lastmile.connector.jira.api.JiraFlavor;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Workspace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input Jira would refuse is reported before the first call, naming the file, the item and the field. */
class ImportChecksTest {

    private final FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);

    private ImportInputException refused(Workspace workspace, String project) {
        ImportInputException error = catchThrowableOfType(
                () -> new JiraImporter(jira).plan(workspace, project, "plan.yaml"), ImportInputException.class);
        assertThat(jira.calls()).as("no call before the input passes").isEmpty();
        return error;
    }

    @Test
    void summariesJiraWouldRefuseAreAllReported() {
        Workspace workspace = TestWorkspaces.of(
                Item.builder("LM-1", ItemType.EPIC).summary(" ").build(),
                Item.builder("LM-2", ItemType.EPIC).summary("two\nlines").build(),
                Item.builder("LM-3", ItemType.EPIC).summary("长".repeat(256)).build(),
                Item.builder("LM-4", ItemType.EPIC).summary("长".repeat(255)).build());

        ImportInputException error = refused(workspace, null);

        assertThat(error.problems()).containsExactly(
                ImportProblem.of("import.input.summary.missing", "plan.yaml", "LM-1"),
                ImportProblem.of("import.input.summary.lineBreak", "plan.yaml", "LM-2"),
                ImportProblem.of("import.input.summary.tooLong", "plan.yaml", "LM-3", 255, 256));
        assertThat(error.getMessage()).contains("plan.yaml: item LM-1, field summary: expected a summary");
    }

    @Test
    void subTasksAndCheckpointsNeedAParent() {
        ImportInputException error = refused(TestWorkspaces.of(TestWorkspaces.item("LM-1", ItemType.SUB_TASK, null),
                TestWorkspaces.checkpoint("LM-2", null, "1", List.of())), null);

        assertThat(error.problems()).containsExactly(
                ImportProblem.of("import.input.parent.required", "plan.yaml", "LM-1", "Sub-task"),
                ImportProblem.of("import.input.parent.required", "plan.yaml", "LM-2", "Checkpoint"));
    }

    @Test
    void aCorrectiveActionThatIsAnAncestorOfItsCheckpointIsALoop() {
        Workspace workspace = TestWorkspaces.of(TestWorkspaces.item("LM-1", ItemType.CAMPAIGN, null),
                TestWorkspaces.item("LM-2", ItemType.TACTIC, "LM-1"),
                TestWorkspaces.checkpoint("LM-3", "LM-2", "5", List.of("LM-1")));

        ImportInputException error = refused(workspace, null);

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("import.input.cycle");
            assertThat(problem.args().get(1).toString()).contains("LM-1", "LM-2", "LM-3");
        });
    }

    @Test
    void aParentLoopIsReportedWithItsMembers() {
        Workspace workspace = TestWorkspaces.of(TestWorkspaces.item("LM-1", ItemType.EPIC, null),
                TestWorkspaces.item("LM-2", ItemType.CAMPAIGN, "LM-3"),
                TestWorkspaces.item("LM-3", ItemType.TACTIC, "LM-2"));

        ImportInputException error = refused(workspace, null);

        assertThat(error.problems()).singleElement().satisfies(problem -> assertThat(problem.args().get(1))
                .isIn("LM-2 → LM-3 → LM-2", "LM-3 → LM-2 → LM-3"));
    }

    @Test
    void referencesToItemsNotInTheFileAreNamed() {
        ImportInputException error = refused(TestWorkspaces.of(TestWorkspaces.item("LM-1", ItemType.STORY, "LM-9"),
                TestWorkspaces.checkpoint("LM-2", "LM-1", "5", List.of("LM-8"))), null);

        assertThat(error.problems()).containsExactly(
                ImportProblem.of("import.input.unknownKey", "plan.yaml", "LM-1", "parent", "LM-9"),
                ImportProblem.of("import.input.unknownKey", "plan.yaml", "LM-2", "actions", "LM-8"));
    }

    @Test
    void theProjectIsTheSharedKeyPrefixOrMustBeGiven() {
        Workspace mixed = TestWorkspaces.of(TestWorkspaces.item("LM-1", ItemType.EPIC, null),
                TestWorkspaces.item("OPS-2", ItemType.EPIC, null));

        assertThat(refused(mixed, null).problems())
                .containsExactly(ImportProblem.of("import.input.project.unknown", "LM, OPS"));
        assertThat(refused(mixed, "lm").problems())
                .containsExactly(ImportProblem.of("import.input.project.invalid", "lm"));
        assertThat(new JiraImporter(jira).plan(mixed, "STRAT", "plan.yaml").projectKey()).isEqualTo("STRAT");
        assertThat(Imports.plan(new FakeJira(JiraFlavor.CLOUD), TestWorkspaces.sample()).projectKey())
                .isEqualTo("LM");
    }
}
