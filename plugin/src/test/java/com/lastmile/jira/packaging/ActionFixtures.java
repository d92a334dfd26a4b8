package com.lastmile.jira.packaging;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.lastmile.core.model.Settings;
import com.lastmile.jira.admin.ConfigAction;
import com.lastmile.jira.admin.ConfigActionFixture;
import com.lastmile.jira.config.JiraSettings;
import com.lastmile.jira.config.SettingsStore;
import com.lastmile.jira.retro.Outcome;
import com.lastmile.jira.retro.RetrospectiveStarter;
import com.lastmile.jira.retro.StartRetrospectiveAction;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The actions in the states their views show, built as Jira would build them (mocked Jira services). */
final class ActionFixtures {

    private ActionFixtures() {
    }

    static StartRetrospectiveAction retrospective(List<String> problems) {
        RetrospectiveStarter starter = mock(RetrospectiveStarter.class);
        when(starter.check(any(), anyString(), any())).thenReturn(new Outcome(null, problems));
        StartRetrospectiveAction action = new StartRetrospectiveAction(starter, authentication());
        action.setIssueKey("LM-1");
        action.doDefault();
        return action;
    }

    static ConfigAction configShown() {
        ConfigAction action = config();
        action.setSaved(true);
        action.doDefault();
        return action;
    }

    /** Every field wrong, so every error slot of the form renders. */
    static ConfigAction configRejected() {
        ConfigAction action = config();
        action.setNormal("x");
        action.setControllable("200");
        action.setAccountableLimit("0");
        action.setRequiredOn(new String[] {"CHECKPOINT"});
        action.setTypes(new String[] {"CAMPAIGN:404"});
        ConfigActionFixture.submit(action);
        return action;
    }

    private static ConfigAction config() {
        SettingsStore settings = mock(SettingsStore.class);
        when(settings.load()).thenReturn(new JiraSettings(Settings.defaults(), Map.of(), Map.of(), null));
        IssueType goal = mock(IssueType.class);
        when(goal.getId()).thenReturn("10100");
        when(goal.getName()).thenReturn("Strategic <Goal>");
        IssueTypeManager issueTypes = mock(IssueTypeManager.class);
        when(issueTypes.getIssueTypes()).thenReturn(List.of(goal));
        GlobalPermissionManager permissions = mock(GlobalPermissionManager.class);
        when(permissions.hasPermission(any(GlobalPermissionKey.class), any())).thenReturn(true);
        return new ConfigAction(settings, issueTypes, permissions, authentication());
    }

    private static JiraAuthenticationContext authentication() {
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        return authentication;
    }
}
