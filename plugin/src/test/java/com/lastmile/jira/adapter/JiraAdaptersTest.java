package com.lastmile.jira.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.lastmile.core.model.Settings;
import com.lastmile.core.model.Verification;
import com.lastmile.jira.FakeJira;
import com.lastmile.jira.JiraUsers;
import com.lastmile.jira.config.JiraSettings;
import com.lastmile.jira.config.PluginField;
import com.lastmile.jira.config.SettingsStore;
import com.lastmile.web.port.ActualRecord;
import com.lastmile.web.port.Caller;
import com.lastmile.web.port.NotPermittedException;
import com.lastmile.web.port.UnknownKeyException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The web ports' Jira side: who calls, and recording a checkpoint's actual with EDIT_ISSUES. */
class JiraAdaptersTest {

    private final JiraUsers users = JiraUsers.standard();
    private final ApplicationUser alice = users.get("JIRAUSER10001");
    private final SettingsStore settings = mock(SettingsStore.class);
    private FakeJira jira;
    private MutableIssue checkpoint;
    private JiraCheckpointRecorder recorder;

    @BeforeEach
    void setUp() throws Exception {
        jira = new FakeJira();
        checkpoint = jira.issue("LM-6", "Checkpoint", "Q1");
        JiraSettings config = new JiraSettings(Settings.defaults(), Map.of(), jira.fieldIds(), FakeJira.LINK_TYPE);
        when(settings.load()).thenReturn(config);
        recorder = new JiraCheckpointRecorder(users.userManager(), jira.issueManager, jira.permissionManager,
                jira.customFieldManager, settings);
    }

    @Test
    void theCallerIsTheLoggedInUserInTheirLanguage() {
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(authentication.getLocale()).thenReturn(Locale.SIMPLIFIED_CHINESE);

        assertThat(new JiraCallerResolver(authentication).resolve(null))
                .isEqualTo(new Caller("JIRAUSER10001", Locale.SIMPLIFIED_CHINESE, true));
    }

    @Test
    void anAnonymousCallerIsNotAuthenticated() {
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);

        assertThat(new JiraCallerResolver(authentication).resolve(null).authenticated()).isFalse();
    }

    @Test
    void recordsTheActualAndItsSpotCheckAsTheCaller() {
        recorder.record(caller(), "LM-6", new ActualRecord(new BigDecimal("23.5"),
                new Verification(5, 4, "JIRAUSER10004", "two receipts missing")));

        verify(checkpoint).setCustomFieldValue(jira.field(PluginField.ACTUAL), 23.5);
        verify(checkpoint).setCustomFieldValue(jira.field(PluginField.SAMPLED), 5.0);
        verify(checkpoint).setCustomFieldValue(jira.field(PluginField.PASSED), 4.0);
        verify(checkpoint).setCustomFieldValue(jira.field(PluginField.VERIFIER), users.get("JIRAUSER10004"));
        verify(checkpoint).setCustomFieldValue(jira.field(PluginField.VERIFICATION_NOTE), "two receipts missing");
        verify(jira.issueManager).updateIssue(eq(alice), eq(checkpoint), any());
    }

    @Test
    void aNewActualWithoutSpotCheckClearsTheOldOne() {
        recorder.record(caller(), "LM-6", new ActualRecord(BigDecimal.TEN, null));

        verify(checkpoint).setCustomFieldValue(jira.field(PluginField.SAMPLED), null);
        verify(checkpoint).setCustomFieldValue(jira.field(PluginField.VERIFIER), null);
    }

    @Test
    void refusesWithoutEditIssuesAndChangesNothing() {
        jira.readOnly(checkpoint, alice);

        assertThatThrownBy(() -> recorder.record(caller(), "LM-6", new ActualRecord(BigDecimal.ONE, null)))
                .isInstanceOf(NotPermittedException.class);
        verify(checkpoint, never()).setCustomFieldValue(any(), any());
        verify(jira.issueManager, never()).updateIssue(any(), any(), any());
        assertThat(recorder.canRecord(caller(), "LM-6")).isFalse();
    }

    @Test
    void aCheckpointTheCallerMayNotBrowseIsUnknown() {
        jira.hide(checkpoint, alice);

        assertThatThrownBy(() -> recorder.record(caller(), "LM-6", new ActualRecord(BigDecimal.ONE, null)))
                .isInstanceOf(UnknownKeyException.class);
        assertThatThrownBy(() -> recorder.record(caller(), "LM-99", new ActualRecord(BigDecimal.ONE, null)))
                .isInstanceOf(UnknownKeyException.class);
        assertThat(recorder.canRecord(caller(), "LM-6")).isFalse();
    }

    @Test
    void canRecordWithEditIssues() {
        assertThat(recorder.canRecord(caller(), "LM-6")).isTrue();
    }

    private static Caller caller() {
        return new Caller("JIRAUSER10001", Locale.ENGLISH, true);
    }
}
