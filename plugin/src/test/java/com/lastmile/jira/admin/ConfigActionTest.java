package com.lastmile.jira.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Settings;
import com.lastmile.jira.config.InMemoryPluginSettings;
import com.lastmile.jira.config.JiraSettings;
import com.lastmile.jira.config.SettingsStore;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin page: validation of every input, admins only, and what is stored. */
class ConfigActionTest {

    private final Messages english = Messages.forLocale(Locale.ENGLISH);
    private final IssueType initiative = type("10100", "Initiative", false);
    private final IssueType checkpoint = type("10200", "Checkpoint", true);
    private final IssueType epic = type("10300", "Epic", false);
    private final InMemoryPluginSettings stored = new InMemoryPluginSettings();
    private final SettingsStore settings = new SettingsStore(stored.factory());
    private final GlobalPermissionManager permissions = mock(GlobalPermissionManager.class);
    private ConfigAction action;

    @BeforeEach
    void setUp() {
        IssueTypeManager issueTypes = mock(IssueTypeManager.class);
        when(issueTypes.getIssueTypes()).thenReturn(List.of(initiative, checkpoint, epic));
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        when(permissions.hasPermission(any(GlobalPermissionKey.class), any())).thenReturn(true);
        action = spy(new ConfigAction(settings, issueTypes, permissions, authentication));
        doReturn("none").when(action).getRedirect(anyString());
    }

    @Test
    void showsTheCurrentSettings() {
        assertThat(action.doDefault()).isEqualTo("input");
        assertThat(action.getNormalHtml()).isEqualTo("5");
        assertThat(action.getControllableHtml()).isEqualTo("15");
        assertThat(action.getAccountableLimitHtml()).isEqualTo("10");
        assertThat(action.getRequiredOptions()).filteredOn(Choice::selected).extracting(Choice::valueHtml)
                .containsExactlyInAnyOrder("STRATEGIC_GOAL", "CAMPAIGN", "TACTIC", "EPIC");
        assertThat(action.getRoles()).hasSize(6).first().satisfies(row -> {
            assertThat(row.labelHtml()).isEqualTo("Strategic Goal");
            assertThat(row.options()).first().satisfies(none -> assertThat(none.selected()).isTrue());
        });
    }

    @Test
    void savesValidSettingsAndTheTypeMapping() {
        action.setNormal("4.5");
        action.setControllable("20");
        action.setAccountableLimit("12");
        action.setRequiredOn(new String[] {"EPIC", "STORY"});
        action.setTypes(new String[] {"STRATEGIC_GOAL:10100", "CHECKPOINT:10200", "CAMPAIGN:"});

        assertThat(action.doExecute()).isEqualTo("none");

        verify(action).getRedirect("LastMileConfig!default.jspa?saved=true");
        JiraSettings saved = settings.load();
        assertThat(saved.rules()).isEqualTo(new Settings(new BigDecimal("4.5"), BigDecimal.valueOf(20),
                EnumSet.of(ItemType.EPIC, ItemType.STORY), 12));
        assertThat(saved.issueTypeIds()).containsExactlyInAnyOrderEntriesOf(
                Map.of(ItemType.STRATEGIC_GOAL, "10100", ItemType.CHECKPOINT, "10200"));
    }

    @Test
    void refusesInvalidInputFieldByFieldAndStoresNothing() {
        action.setNormal("abc");
        action.setControllable("120");
        action.setAccountableLimit("0");
        action.setRequiredOn(new String[] {"RETROSPECTIVE"});
        action.setTypes(new String[] {"TACTIC:999"});

        assertThat(action.doExecute()).isEqualTo("input");

        assertThat(action.errorHtml("normal")).isEqualTo("&quot;abc&quot; is not a percentage from 0 to 100.");
        assertThat(action.errorHtml("controllable")).contains("120");
        assertThat(action.errorHtml("accountableLimit")).isEqualTo("&quot;0&quot; is not a whole number from 1 to 10,000.");
        assertThat(action.errorHtml("requiredOn")).contains("RETROSPECTIVE");
        assertThat(action.errorHtml("type.TACTIC")).isEqualTo("There is no issue type with the id 999.");
        assertThat(stored.values()).isEmpty();
    }

    @Test
    void onlyAdminsSeeOrChangeAnything() {
        when(permissions.hasPermission(any(GlobalPermissionKey.class), any())).thenReturn(false);
        action.setNormal("1");

        assertThat(action.doDefault()).isEqualTo("error");
        assertThat(action.doExecute()).isEqualTo("error");
        assertThat(stored.values()).isEmpty();
    }

    @Test
    void thresholdsMustBeOrdered() {
        assertThat(validate("15", "15", "10", List.of(), Map.of()).errors())
                .containsOnlyKeys("controllable").containsValue(
                        "The controllable band (15 %) must end beyond the normal band (15 %).");
        assertThat(validate("0", "100", "10000", List.of(), Map.of()).valid()).isTrue();
    }

    @Test
    void typeMappingRules() {
        assertThat(validate("5", "15", "10", List.of(), Map.of(ItemType.CHECKPOINT, "10100")).errors())
                .containsEntry("type.CHECKPOINT", "Initiative is not a sub-task type; Checkpoint needs a sub-task type.");
        assertThat(validate("5", "15", "10", List.of(), Map.of(ItemType.TACTIC, "10200")).errors())
                .containsEntry("type.TACTIC", "Checkpoint is a sub-task type; only Checkpoint is a sub-task.");
        assertThat(validate("5", "15", "10", List.of(),
                Map.of(ItemType.STRATEGIC_GOAL, "10100", ItemType.CAMPAIGN, "10100")).errors())
                .containsEntry("type.CAMPAIGN", "Initiative already plays the role Strategic Goal: each issue type plays one role.");
    }

    private ConfigForm.Result validate(String normal, String controllable, String limit, List<String> required,
                                       Map<ItemType, String> types) {
        return ConfigForm.validate(new ConfigForm.Input(normal, controllable, limit, required, types),
                List.of(initiative, checkpoint, epic), english);
    }

    private static IssueType type(String id, String name, boolean subTask) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        when(type.isSubTask()).thenReturn(subTask);
        return type;
    }
}
