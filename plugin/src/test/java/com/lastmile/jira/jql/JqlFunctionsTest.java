package com.lastmile.jira.jql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.operand.FunctionOperand;
import com.lastmile.core.model.Settings;
import com.lastmile.jira.FakeJira;
import com.lastmile.jira.JiraUsers;
import com.lastmile.jira.config.JiraSettings;
import com.lastmile.jira.config.PluginField;
import com.lastmile.jira.config.SettingsStore;
import com.lastmile.jira.field.RaciFields;
import com.lastmile.jira.i18n.UserMessages;
import com.lastmile.jira.scope.ContributesLinks;
import com.lastmile.jira.scope.GoalTreeLoader;
import com.lastmile.jira.scope.IssueSearch;
import com.lastmile.jira.user.JiraPeople;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * goalTree, orphanEpics and raciRole over a small Jira: LM-1 goal ← LM-2 campaign ← LM-3 epic; LM-4 epic alone;
 * LM-5 epic contributing only to checkpoint LM-6 (under LM-2); LM-7 epic hidden from alice.
 */
class JqlFunctionsTest {

    private final JiraUsers users = JiraUsers.standard();
    private final ApplicationUser alice = users.get("JIRAUSER10001");
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final SettingsStore settings = mock(SettingsStore.class);
    private FakeJira jira;
    private GoalTreeFunction goalTree;
    private OrphanEpicsFunction orphanEpics;
    private RaciRoleFunction raciRole;

    @BeforeEach
    void setUp() throws Exception {
        jira = new FakeJira();
        MutableIssue goal = jira.issue("LM-1", "Strategic Goal", "Goal");
        MutableIssue campaign = jira.issue("LM-2", "Campaign", "Campaign");
        MutableIssue epic = jira.issue("LM-3", "Epic", "Part of the plan");
        MutableIssue alone = jira.issue("LM-4", "Epic", "Nobody knows why");
        MutableIssue corrective = jira.issue("LM-5", "Epic", "Plan B");
        MutableIssue checkpoint = jira.issue("LM-6", "Checkpoint", "Q1");
        MutableIssue secret = jira.issue("LM-7", "Epic", "Secret");
        jira.contributes(campaign, goal).contributes(epic, campaign).contributes(corrective, checkpoint)
                .subTaskOf(checkpoint, campaign).hide(secret, alice)
                .set(goal, PluginField.RACI, "{\"R\":[\"JIRAUSER10001\"],\"A\":\"JIRAUSER10002\"}")
                .set(campaign, PluginField.RACI, "{\"R\":[],\"A\":\"JIRAUSER10001\",\"I\":[\"JIRAUSER10002\"]}")
                .set(epic, PluginField.RACI, "{broken");
        JiraSettings config = new JiraSettings(Settings.defaults(), Map.of(), jira.fieldIds(), FakeJira.LINK_TYPE);
        when(settings.load()).thenReturn(config);
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        UserMessages messages = new UserMessages(authentication);
        IssueSearch search = new IssueSearch(jira.searchService);
        ContributesLinks links = new ContributesLinks(jira.issueLinkManager);
        goalTree = new GoalTreeFunction(jira.issueManager, jira.permissionManager,
                new GoalTreeLoader(search, links, jira.customFieldManager), settings, messages);
        orphanEpics = new OrphanEpicsFunction(search, links, settings, messages);
        raciRole = new RaciRoleFunction(new RaciFields(jira.customFieldManager), search,
                new JiraPeople(users.userManager()), messages);
    }

    // ------------------------------------------------------------ goalTree

    @Test
    void goalTreeIsTheGoalAndEverythingBelowIt() {
        assertThat(keys(goalTree.getValues(context(alice), operand("goalTree", "LM-1"), null)))
                .containsExactlyInAnyOrder("LM-1", "LM-2", "LM-3", "LM-6");
        assertThat(goalTree.getDataType()).isSameAs(JiraDataTypes.ISSUE);
        assertThat(goalTree.getMinimumNumberOfExpectedArguments()).isEqualTo(1);
    }

    @Test
    void goalTreeValidatesItsArgument() {
        assertThat(goalTree.validate(alice, operand("goalTree", "LM-1"), null).hasAnyErrors()).isFalse();
        assertThat(goalTree.validate(alice, operand("goalTree"), null).getErrorMessages())
                .containsExactly("Function goalTree got 0 arguments; usage: goalTree(\"KEY\")");
        assertThat(goalTree.validate(alice, operand("goalTree", "LM-1", "LM-2"), null).hasAnyErrors()).isTrue();
        assertThat(goalTree.validate(alice, operand("goalTree", "NOPE-9"), null).getErrorMessages())
                .containsExactly("Function goalTree: there is no issue \"NOPE-9\" that you may browse.");
        assertThat(goalTree.validate(alice, operand("goalTree", "LM-7"), null).hasAnyErrors())
                .as("hidden looks like unknown").isTrue();
    }

    @Test
    void goalTreeOfAnUnknownKeyIsEmpty() {
        assertThat(goalTree.getValues(context(alice), operand("goalTree", "NOPE-9"), null)).isEmpty();
    }

    @Test
    void validationSpeaksTheSearchersLanguage() {
        when(authentication.getLocale()).thenReturn(Locale.SIMPLIFIED_CHINESE);

        assertThat(goalTree.validate(alice, operand("goalTree"), null).getErrorMessages())
                .containsExactly("函数 goalTree 收到 0 个参数；用法：goalTree(\"KEY\")");
    }

    // ------------------------------------------------------------ orphanEpics

    @Test
    void orphanEpicsContributeToNoGoal() {
        assertThat(keys(orphanEpics.getValues(context(alice), operand("orphanEpics"), null)))
                .as("LM-3 has a campaign; LM-5 only corrects a checkpoint; LM-7 is hidden")
                .containsExactlyInAnyOrder("LM-4", "LM-5");
    }

    @Test
    void orphanEpicsTakesNoArguments() {
        assertThat(orphanEpics.validate(alice, operand("orphanEpics"), null).hasAnyErrors()).isFalse();
        assertThat(orphanEpics.validate(alice, operand("orphanEpics", "x"), null).getErrorMessages())
                .containsExactly("Function orphanEpics got 1 arguments; usage: orphanEpics()");
    }

    // ------------------------------------------------------------ raciRole

    @Test
    void raciRoleFindsIssuesByRoleAndPerson() {
        assertThat(keys(raciRole.getValues(context(alice), operand("raciRole", "A", "bob"), null))).containsExactly("LM-1");
        assertThat(keys(raciRole.getValues(context(alice), operand("raciRole", "i", "bob"), null))).containsExactly("LM-2");
        assertThat(keys(raciRole.getValues(context(alice), operand("raciRole", "R", "JIRAUSER10001"), null)))
                .containsExactly("LM-1");
    }

    @Test
    void raciRoleDefaultsToTheSearcher() {
        assertThat(keys(raciRole.getValues(context(alice), operand("raciRole", "A", "currentUser()"), null)))
                .containsExactly("LM-2");
        assertThat(keys(raciRole.getValues(context(alice), operand("raciRole", "A"), null))).containsExactly("LM-2");
        assertThat(raciRole.getValues(context(null), operand("raciRole", "A"), null)).as("anonymous").isEmpty();
    }

    @Test
    void raciRoleValidatesRoleAndUser() {
        assertThat(raciRole.validate(alice, operand("raciRole", "A", "currentUser()"), null).hasAnyErrors()).isFalse();
        assertThat(raciRole.validate(alice, operand("raciRole", "X"), null).getErrorMessages())
                .containsExactly("Function raciRole: \"X\" is not a RACI role; use R, A, C or I.");
        assertThat(raciRole.validate(alice, operand("raciRole", "A", "ghost"), null).getErrorMessages())
                .containsExactly("Function raciRole: there is no user \"ghost\"; give a username or currentUser().");
        assertThat(raciRole.validate(alice, operand("raciRole"), null).getErrorMessages()).singleElement()
                .asString().startsWith("Function raciRole got 0 arguments; usage: raciRole(");
    }

    private static QueryCreationContext context(ApplicationUser user) {
        QueryCreationContext context = mock(QueryCreationContext.class);
        when(context.getApplicationUser()).thenReturn(user);
        return context;
    }

    private static FunctionOperand operand(String name, String... args) {
        FunctionOperand operand = mock(FunctionOperand.class);
        when(operand.getName()).thenReturn(name);
        when(operand.getArgs()).thenReturn(List.of(args));
        return operand;
    }

    private List<String> keys(List<QueryLiteral> literals) {
        return literals.stream().map(l -> jira.issueManager.getIssueObject(l.getLongValue()).getKey()).toList();
    }
}
