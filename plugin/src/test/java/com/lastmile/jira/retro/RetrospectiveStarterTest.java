package com.lastmile.jira.retro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Settings;
import com.lastmile.jira.FakeJira;
import com.lastmile.jira.JiraUsers;
import com.lastmile.jira.config.JiraSettings;
import com.lastmile.jira.config.PluginField;
import com.lastmile.jira.config.SettingsStore;
import com.lastmile.jira.scope.BrowseFilter;
import com.lastmile.jira.scope.ContributesLinks;
import com.lastmile.jira.scope.GoalTreeLoader;
import com.lastmile.jira.scope.IssueSearch;
import com.lastmile.jira.scope.JiraScopeProvider;
import com.lastmile.jira.scope.OriginalPlans;
import com.lastmile.jira.scope.ScopeItems;
import com.lastmile.jira.scope.ScopeRoots;
import com.lastmile.jira.user.JiraPeople;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** "Start retrospective": checks, the document from core in the user's language, the issue and its link. */
class RetrospectiveStarterTest {

    private final JiraUsers users = JiraUsers.standard();
    private final ApplicationUser alice = users.get("JIRAUSER10001");
    private final SettingsStore settings = mock(SettingsStore.class);
    private final IssueService issueService = mock(IssueService.class);
    private final IssueInputParameters input = mock(IssueInputParameters.class);
    private final IssueService.CreateValidationResult validation = mock(IssueService.CreateValidationResult.class);
    private final IssueService.IssueResult result = mock(IssueService.IssueResult.class);
    private FakeJira jira;
    private MutableIssue campaign;
    private RetrospectiveStarter starter;

    @BeforeEach
    void setUp() throws Exception {
        jira = new FakeJira();
        MutableIssue goal = jira.issue("LM-1", "Strategic Goal", "Sign 50 customers");
        campaign = jira.issue("LM-2", "Campaign", "New region");
        jira.issue("LM-3", "Story", "Just work");
        jira.contributes(campaign, goal).set(campaign, PluginField.METRIC_NAME, "Customers")
                .set(campaign, PluginField.METRIC_TARGET, 20.0).set(campaign, PluginField.METRIC_ACTUAL, 12.0);
        JiraSettings config = new JiraSettings(Settings.defaults(),
                Map.of(ItemType.RETROSPECTIVE, jira.type("Retrospective").getId()), jira.fieldIds(), FakeJira.LINK_TYPE);
        when(settings.load()).thenReturn(config);
        MutableIssue created = jira.issue("LM-9", "Retrospective", "");
        when(issueService.newIssueInputParameters()).thenReturn(input);
        when(issueService.validateCreate(alice, input)).thenReturn(validation);
        when(validation.isValid()).thenReturn(true);
        when(issueService.create(alice, validation)).thenReturn(result);
        when(result.isValid()).thenReturn(true);
        when(result.getIssue()).thenReturn(created);
        IssueSearch search = new IssueSearch(jira.searchService);
        ContributesLinks links = new ContributesLinks(jira.issueLinkManager);
        JiraScopeProvider scopes = new JiraScopeProvider(users.userManager(), settings,
                new ScopeRoots(jira.issueManager, jira.permissionManager, search),
                new GoalTreeLoader(search, links, jira.customFieldManager), new BrowseFilter(jira.permissionManager),
                new ScopeItems(jira.customFieldManager, new OriginalPlans(
                        mock(com.atlassian.jira.issue.changehistory.ChangeHistoryManager.class)), search),
                new JiraPeople(users.userManager()));
        starter = new RetrospectiveStarter(jira.issueManager, jira.permissionManager,
                new GoalAncestry(jira.issueManager, jira.permissionManager, links),
                new RetrospectiveIssues(issueService, jira.issueLinkManager), scopes, settings,
                Clock.fixed(Instant.parse("2026-06-29T08:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void createsALinkedRetrospectiveDescribedInWikiMarkupInTheUsersLanguage() throws Exception {
        Outcome outcome = starter.start(alice, "LM-2", Locale.SIMPLIFIED_CHINESE);

        assertThat(outcome).isEqualTo(new Outcome("LM-9", List.of()));
        ArgumentCaptor<String> description = ArgumentCaptor.forClass(String.class);
        verify(input).setDescription(description.capture());
        assertThat(description.getValue()).startsWith("h1. ").contains("复盘").contains("LM-1", "LM-2");
        verify(input).setSummary(org.mockito.ArgumentMatchers.contains("LM-2"));
        verify(input).setIssueTypeId(jira.type("Retrospective").getId());
        verify(input).setProjectId(1L);
        verify(jira.issueLinkManager).createIssueLink(jira.issueManager.getIssueObject("LM-9").getId(),
                campaign.getId(), FakeJira.LINK_TYPE, null, alice);
    }

    @Test
    void refusesAnythingButAGoal() {
        Outcome outcome = starter.start(alice, "LM-3", Locale.ENGLISH);

        assertThat(outcome.createdKey()).isNull();
        assertThat(outcome.problems()).singleElement().asString().startsWith("LM-3 is a Story, not a goal");
        verify(issueService, never()).validateCreate(any(), any());
    }

    @Test
    void refusesGoalsTheUserMayNotBrowseAsIfUnknown() {
        jira.hide(campaign, alice);

        assertThat(starter.check(alice, "LM-2", Locale.ENGLISH).problems()).containsExactly(
                "There is no item \"LM-2\" that you may browse.");
        assertThat(starter.check(alice, "NOPE-1", Locale.ENGLISH).problems()).hasSize(1);
    }

    @Test
    void refusesBeforeTheSetupRan() {
        JiraSettings empty = new JiraSettings(Settings.defaults(), Map.of(), Map.of(), null);
        when(settings.load()).thenReturn(empty);

        assertThat(starter.start(alice, "LM-2", Locale.ENGLISH).problems()).singleElement().asString()
                .startsWith("Last Mile is not set up yet");
    }

    @Test
    void passesOnJirasValidationErrors() {
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrorMessages()).thenReturn(List.of("You do not have permission to create issues."));
        when(errors.getErrors()).thenReturn(Map.of("issuetype", "Retrospective is not in this project."));
        when(validation.isValid()).thenReturn(false);
        when(validation.getErrorCollection()).thenReturn(errors);

        assertThat(starter.start(alice, "LM-2", Locale.ENGLISH).problems()).containsExactly(
                "You do not have permission to create issues.", "Retrospective is not in this project.");
    }

    @Test
    void saysSoWhenTheLinkFailsAfterTheIssueWasCreated() throws Exception {
        doThrow(new CreateException("db down")).when(jira.issueLinkManager)
                .createIssueLink(any(), any(), any(), any(), any());

        Outcome outcome = starter.start(alice, "LM-2", Locale.ENGLISH);

        assertThat(outcome.createdKey()).isEqualTo("LM-9");
        assertThat(outcome.problems()).containsExactly(
                "The retrospective LM-9 was created but could not be linked to LM-2: link it by hand.");
    }

    @Test
    void theActionRedirectsToTheNewIssueOrShowsTheReasons() {
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        StartRetrospectiveAction action = spy(new StartRetrospectiveAction(starter, authentication));
        doReturn("none").when(action).getRedirect(anyString());

        action.setIssueKey("LM-2");
        assertThat(action.doDefault()).isEqualTo("input");
        assertThat(action.doExecute()).isEqualTo("none");
        verify(action).getRedirect("/browse/LM-9");

        action.setIssueKey("LM-3");
        assertThat(action.doExecute()).isEqualTo("error");
        assertThat(action.getProblemsHtml()).singleElement().asString().startsWith("LM-3 is a Story");
        assertThat(action.getIssueKeyHtml()).isEqualTo("LM-3");
        verify(action, never()).getRedirect(eq("/browse/LM-3"));
    }
}
