package com.lastmile.jira.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.user.ApplicationUser;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.OriginalPlan;
import com.lastmile.core.model.Settings;
import com.lastmile.core.model.StatusCategory;
import com.lastmile.jira.FakeJira;
import com.lastmile.jira.JiraUsers;
import com.lastmile.jira.config.JiraSettings;
import com.lastmile.jira.config.PluginField;
import com.lastmile.jira.config.SettingsStore;
import com.lastmile.jira.user.JiraPeople;
import com.lastmile.web.port.Caller;
import com.lastmile.web.port.ScopeQuery;
import com.lastmile.web.port.UnknownKeyException;
import com.lastmile.web.rest.ApiException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scope loading from Jira: one search per level, BROWSE filtering as the caller, the hidden count, parents from
 * links / Epic Link / sub-task parent, plugin fields and original plans from the changelog.
 *
 * <pre>
 * LM-1 Strategic Goal
 *  ├─ LM-2 Campaign ─ LM-4 Epic ─ LM-5 Story (Epic Link)
 *  │    └─ LM-6 Checkpoint (sub-task; corrective action LM-4)
 *  └─ LM-3 Campaign (hidden from alice) ─ LM-7 Tactic (browsable, but below a hidden goal)
 * </pre>
 */
class JiraScopeProviderTest {

    private final JiraUsers users = JiraUsers.standard();
    private final ApplicationUser alice = users.get("JIRAUSER10001");
    private final ChangeHistoryManager histories = mock(ChangeHistoryManager.class);
    private final SettingsStore settingsStore = mock(SettingsStore.class);
    private FakeJira jira;
    private JiraScopeProvider provider;
    private MutableIssue goal;
    private MutableIssue checkpoint;

    @BeforeEach
    void setUp() throws Exception {
        jira = new FakeJira();
        goal = jira.issue("LM-1", "Strategic Goal", "Sign 50 customers");
        MutableIssue campaign = jira.issue("LM-2", "Campaign", "New region");
        MutableIssue hidden = jira.issue("LM-3", "Campaign", "Secret acquisition");
        MutableIssue epic = jira.issue("LM-4", "Epic", "Solution templates");
        MutableIssue story = jira.issue("LM-5", "Story", "Template A");
        checkpoint = jira.issue("LM-6", "Checkpoint", "Q1 check");
        MutableIssue tactic = jira.issue("LM-7", "Tactic", "Below the secret");
        jira.contributes(campaign, goal).contributes(hidden, goal).contributes(epic, campaign)
                .contributes(tactic, hidden).contributes(epic, checkpoint)
                .epicLink(story, epic).subTaskOf(checkpoint, campaign).hide(hidden, alice).done(story)
                .set(goal, PluginField.METRIC_NAME, "Customers").set(goal, PluginField.METRIC_UNIT, "customers")
                .set(goal, PluginField.METRIC_DIRECTION, "increase").set(goal, PluginField.METRIC_TARGET, 50.0)
                .set(goal, PluginField.METRIC_ACTUAL, 22.0)
                .set(goal, PluginField.RACI, "{\"R\":[\"JIRAUSER10003\"],\"A\":\"JIRAUSER10002\",\"C\":[],\"I\":[]}")
                .set(checkpoint, PluginField.PLANNED, 8.0).set(checkpoint, PluginField.ACTUAL, 6.0)
                .set(checkpoint, PluginField.SAMPLED, 5.0).set(checkpoint, PluginField.PASSED, 5.0)
                .set(checkpoint, PluginField.VERIFIER, users.get("JIRAUSER10004"))
                .set(checkpoint, PluginField.CAUSE, "Long decision chains")
                .due(checkpoint, LocalDate.of(2026, 4, 30));
        JiraSettings settings = new JiraSettings(Settings.defaults(), Map.of(), jira.fieldIds(), FakeJira.LINK_TYPE);
        when(settingsStore.load()).thenReturn(settings);
        IssueSearch search = new IssueSearch(jira.searchService);
        ContributesLinks links = new ContributesLinks(jira.issueLinkManager);
        provider = new JiraScopeProvider(users.userManager(), settingsStore,
                new ScopeRoots(jira.issueManager, jira.permissionManager, search),
                new GoalTreeLoader(search, links, jira.customFieldManager), new BrowseFilter(jira.permissionManager),
                new ScopeItems(jira.customFieldManager, new OriginalPlans(histories), search),
                new JiraPeople(users.userManager()));
    }

    @Test
    void loadsTheTreeWithOneSearchPerLevel() {
        Scope scope = provider.load(alice(), new ScopeQuery("LM-1", null));

        assertThat(scope.items()).extracting(Item::key).containsExactly("LM-1", "LM-2", "LM-4", "LM-6", "LM-5");
        // levels: children of LM-1, of LM-2/LM-3, of LM-4/LM-6/LM-7, of LM-5 (none left)
        assertThat(jira.searches()).hasSize(4).allSatisfy(jql -> assertThat(jql).contains("parent in ("));
        assertThat(jira.searches().get(0)).contains("issue in (");
    }

    @Test
    void leavesOutWhatTheCallerMayNotBrowseAndEverythingBelowIt() {
        Scope scope = provider.load(alice(), new ScopeQuery("LM-1", null));

        assertThat(scope.hidden()).isEqualTo(2);
        assertThat(scope.items()).extracting(Item::key).doesNotContain("LM-3", "LM-7");
        assertThat(scope.viewer()).isEqualTo("JIRAUSER10001");
    }

    @Test
    void seesEverythingWhenNothingIsHidden() {
        Scope scope = provider.load(new Caller("JIRAUSER10002", Locale.ENGLISH, true), new ScopeQuery("LM-1", null));

        assertThat(scope.hidden()).isZero();
        assertThat(scope.items()).hasSize(7);
    }

    @Test
    void parentsComeFromLinksEpicLinkAndSubTaskParent() {
        Map<String, Item> items = byKey(provider.load(alice(), new ScopeQuery("LM-1", null)));

        assertThat(items.get("LM-1").parent()).as("a single root's own parent is outside the question").isNull();
        assertThat(items.get("LM-2").parent()).isEqualTo("LM-1");
        assertThat(items.get("LM-4").parent()).as("contributing to a checkpoint is not a parent").isEqualTo("LM-2");
        assertThat(items.get("LM-5").parent()).isEqualTo("LM-4");
        assertThat(items.get("LM-6").parent()).isEqualTo("LM-2");
    }

    @Test
    void mapsTypesStatusFieldsAndRaci() {
        Map<String, Item> items = byKey(provider.load(alice(), new ScopeQuery("LM-1", null)));
        Item goalItem = items.get("LM-1");

        assertThat(goalItem.type()).isEqualTo(ItemType.STRATEGIC_GOAL);
        assertThat(items.get("LM-5").statusCategory()).isEqualTo(StatusCategory.DONE);
        assertThat(goalItem.metric().target()).isEqualByComparingTo("50");
        assertThat(goalItem.metric().actual()).isEqualByComparingTo("22");
        assertThat(goalItem.metric().direction()).isEqualTo(Direction.INCREASE);
        assertThat(goalItem.raci().accountable()).containsExactly("JIRAUSER10002");
    }

    @Test
    void mapsCheckpointsWithVerificationCauseAndVisibleActions() {
        Item item = byKey(provider.load(alice(), new ScopeQuery("LM-1", null))).get("LM-6");

        assertThat(item.type()).isEqualTo(ItemType.CHECKPOINT);
        assertThat(item.due()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(item.checkpoint().planned()).isEqualByComparingTo("8");
        assertThat(item.checkpoint().actual()).isEqualByComparingTo("6");
        assertThat(item.checkpoint().verification().sampled()).isEqualTo(5);
        assertThat(item.checkpoint().verification().verifier()).isEqualTo("JIRAUSER10004");
        assertThat(item.checkpoint().cause()).isEqualTo("Long decision chains");
        assertThat(item.checkpoint().actions()).containsExactly("LM-4");
        assertThat(item.checkpoint().original()).isNull();
    }

    @Test
    void originalPlanComesFromTheFirstChangeInTheChangelog() {
        ChangeHistory later = history(checkpoint.getId(), "2026-02-01", change("Planned value", null, "9", null, "8"));
        ChangeHistory first = history(checkpoint.getId(), "2026-01-10", change("Planned value", null, "10", null, "9"),
                change("duedate", "2026-03-31 00:00:00.0", "31/Mar/26", "2026-04-30 00:00:00.0", "30/Apr/26"));
        when(histories.getChangeHistoriesForUser(any(), any())).thenReturn(new java.util.ArrayList<>(List.of(later, first)));

        Item item = byKey(provider.load(alice(), new ScopeQuery("LM-1", null))).get("LM-6");

        assertThat(item.checkpoint().original()).isEqualTo(new OriginalPlan(new BigDecimal("10"), LocalDate.of(2026, 3, 31)));
    }

    @Test
    void aRootTheCallerMayNotBrowseIsUnknown() {
        assertThatThrownBy(() -> provider.load(alice(), new ScopeQuery("LM-3", null)))
                .isInstanceOf(UnknownKeyException.class);
        assertThatThrownBy(() -> provider.load(alice(), new ScopeQuery("NOPE-1", null)))
                .isInstanceOf(UnknownKeyException.class);
    }

    @Test
    void aJqlScopeNamesOnlyParentsTheCallerMaySee() {
        Scope scope = provider.load(alice(), new ScopeQuery(null, "issuetype in (\"Tactic\", \"Epic\")"));
        Map<String, Item> items = byKey(scope);

        assertThat(items.get("LM-4").parent()).isEqualTo("LM-2");
        assertThat(items.get("LM-7").parent()).as("LM-3 is hidden: no key leaks").isNull();
    }

    @Test
    void theDefaultScopeIsEveryGoal() {
        Scope scope = provider.load(alice(), new ScopeQuery(null, null));

        assertThat(jira.searches().get(0)).isEqualTo("issuetype in (\"Strategic Goal\", \"Campaign\", \"Tactic\")");
        assertThat(scope.items()).extracting(Item::key).contains("LM-1", "LM-2", "LM-7");
    }

    @Test
    void anInvalidJqlIsTheCallersBadParameter() {
        assertThatThrownBy(() -> provider.load(alice(), new ScopeQuery(null, "project = !!")))
                .isInstanceOf(ApiException.class).hasMessageContaining("reserved character")
                .satisfies(e -> assertThat(((ApiException) e).parameter()).isEqualTo("jql"));
    }

    private Caller alice() {
        return new Caller("JIRAUSER10001", Locale.ENGLISH, true);
    }

    private static Map<String, Item> byKey(Scope scope) {
        Map<String, Item> items = new java.util.HashMap<>();
        scope.items().forEach(item -> items.put(item.key(), item));
        return items;
    }

    private static ChangeHistory history(Long issueId, String date, ChangeItemBean... items) {
        ChangeHistory history = mock(ChangeHistory.class);
        when(history.getIssueId()).thenReturn(issueId);
        when(history.getTimePerformed()).thenReturn(Timestamp.valueOf(LocalDate.parse(date).atStartOfDay()));
        when(history.getChangeItemBeans()).thenReturn(List.of(items));
        return history;
    }

    private static ChangeItemBean change(String field, String from, String fromString, String to, String toString) {
        ChangeItemBean item = mock(ChangeItemBean.class);
        when(item.getField()).thenReturn(field);
        org.mockito.Mockito.lenient().when(item.getFrom()).thenReturn(from);
        org.mockito.Mockito.lenient().when(item.getFromString()).thenReturn(fromString);
        org.mockito.Mockito.lenient().when(item.getTo()).thenReturn(to);
        org.mockito.Mockito.lenient().when(item.getToString()).thenReturn(toString);
        return item;
    }
}
