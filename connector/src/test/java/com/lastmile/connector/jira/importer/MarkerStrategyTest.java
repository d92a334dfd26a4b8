package com.lastmile.connector.jira.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.connector.jira.api.FieldInfo;
import com.lastmile.connector.jira.api.JiraFlavor;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Workspace;
import org.junit.jupiter.api.Test;

/**
 * How a re-run recognises what an earlier run created. Both flavors set the entity property; Data Center's search
 * cannot return it (the fake refuses to, as Jira and {@code RestJiraApi} do), so there the key field is read.
 */
class MarkerStrategyTest {

    private final Workspace sample = TestWorkspaces.sample();

    @Test
    void dataCenterIssuesCarryTheirWorkspaceKeyInTheKeyFieldAndAReRunFindsThemByIt() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);

        ImportReport first = Imports.run(jira, sample);
        long mutatingBefore = jira.mutatingCalls();
        ImportReport second = Imports.run(jira, sample);

        assertThat(first.complete()).as(first.failures().toString()).isTrue();
        String keyField = jira.fieldId(MarkerStrategy.KEY_FIELD_NAME);
        assertThat(jira.issues().values()).allSatisfy(issue -> {
            String workspaceKey = ImportMarker.workspaceKey(issue.properties.get(ImportMarker.PROPERTY));
            assertThat(workspaceKey).as("the property is set on Data Center too").isNotNull();
            assertThat(issue.fields.get(keyField).asText()).isEqualTo(workspaceKey);
        });
        assertThat(second.complete()).isTrue();
        assertThat(second.createdCount()).isZero();
        assertThat(second.existingCount()).isEqualTo(sample.items().size());
        assertThat(second.keys()).containsExactlyElementsOf(first.keys().stream()
                .map(key -> new KeyMapping(key.workspaceKey(), key.jiraKey(), false)).toList());
        assertThat(jira.mutatingCalls()).as("the re-run only reads").isEqualTo(mutatingBefore);
        assertThat(jira.issues()).hasSize(sample.items().size());
    }

    @Test
    void cloudFindsEarlierIssuesByThePropertyAndGetsNoKeyField() {
        FakeJira jira = new FakeJira(JiraFlavor.CLOUD);

        Imports.run(jira, sample);
        ImportReport second = Imports.run(jira, sample);

        assertThat(second.createdCount()).isZero();
        assertThat(second.existingCount()).isEqualTo(sample.items().size());
        assertThat(jira.fieldList()).extracting(FieldInfo::name).doesNotContain(MarkerStrategy.KEY_FIELD_NAME);
        assertThat(jira.issues()).hasSize(sample.items().size());
    }

    @Test
    void aKeyFieldTheSiteHasIsFoundByNameIgnoringCaseAndNotCreatedAgain() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);
        jira.addField("last mile IMPORT key");
        Workspace epic = TestWorkspaces.of(TestWorkspaces.item("LM-1", ItemType.EPIC, null));

        ImportPlan plan = Imports.plan(jira, epic);
        ImportReport report = new JiraImporter(jira).execute(plan);

        assertThat(plan.site().keyFieldToCreate()).isFalse();
        assertThat(report.provisioned()).extracting(SetupStep::name).doesNotContain(MarkerStrategy.KEY_FIELD_NAME);
        assertThat(jira.byWorkspaceKey("LM-1").fields.get(jira.fieldId("last mile IMPORT key")).asText())
                .isEqualTo("LM-1");
        assertThat(Imports.run(jira, epic).createdCount()).isZero();
    }
}
