package com.lastmile.jira.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.lastmile.core.model.ItemType;
import com.lastmile.jira.config.InMemoryPluginSettings;
import com.lastmile.jira.config.JiraSettings;
import com.lastmile.jira.config.PluginField;
import com.lastmile.jira.config.SettingsStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** Setup on enable: creates what is missing once, under the cluster lock; the second enable creates nothing. */
class LastMileLifecycleTest {

    private final List<IssueType> issueTypes = new ArrayList<>();
    private final List<IssueLinkType> linkTypes = new ArrayList<>();
    private final Map<String, CustomField> fields = new HashMap<>();
    private final IssueTypeManager issueTypeManager = mock(IssueTypeManager.class);
    private final IssueLinkTypeManager linkTypeManager = mock(IssueLinkTypeManager.class);
    private final CustomFieldManager customFieldManager = mock(CustomFieldManager.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final InMemoryPluginSettings stored = new InMemoryPluginSettings();
    private LastMileLifecycle lifecycle;

    @BeforeEach
    void setUp() throws Exception {
        issueTypes.add(type("1", "Epic", false, 99L));
        issueTypes.add(type("2", "Story", false, 98L));
        when(issueTypeManager.getIssueTypes()).thenAnswer(call -> List.copyOf(issueTypes));
        when(issueTypeManager.createIssueType(anyString(), anyString(), anyLong())).thenAnswer(call ->
                add(type("1" + issueTypes.size(), call.getArgument(0), false, call.getArgument(2))));
        when(issueTypeManager.createSubTaskIssueType(anyString(), anyString(), anyLong())).thenAnswer(call ->
                add(type("1" + issueTypes.size(), call.getArgument(0), true, call.getArgument(2))));
        when(linkTypeManager.getIssueLinkTypesByName("Contributes to")).thenAnswer(call -> List.copyOf(linkTypes));
        when(linkTypeManager.getIssueLinkType(anyLong())).thenAnswer(call -> linkTypes.stream()
                .filter(t -> t.getId().equals(call.getArgument(0))).findFirst().orElse(null));
        org.mockito.Mockito.doAnswer(call -> linkTypes.add(linkType(10200L))).when(linkTypeManager)
                .createIssueLinkType(anyString(), anyString(), anyString(), any());
        when(customFieldManager.getCustomFieldType(anyString())).thenAnswer(call -> fieldType(call.getArgument(0)));
        when(customFieldManager.getCustomFieldSearcher(anyString())).thenReturn(mock(CustomFieldSearcher.class));
        when(customFieldManager.getCustomFieldObject(anyString())).thenAnswer(call -> fields.get(call.<String>getArgument(0)));
        when(customFieldManager.getCustomFieldObjectsByName(anyString())).thenReturn(List.of());
        when(customFieldManager.createCustomField(anyString(), anyString(), any(), any(), any(), any())).thenAnswer(call -> {
            CustomField field = mock(CustomField.class);
            String id = "customfield_" + (10100 + fields.size());
            when(field.getId()).thenReturn(id);
            fields.put(id, field);
            return field;
        });
        ClusterLockService locks = mock(ClusterLockService.class);
        when(locks.getLockForName("com.lastmile.jira.setup")).thenReturn(lock);
        lifecycle = new LastMileLifecycle(locks, new SettingsStore(stored.factory()), issueTypeManager, linkTypeManager,
                customFieldManager);
    }

    @Test
    void firstEnableCreatesTypesLinkTypeAndFieldsAndRemembersThem() throws Exception {
        lifecycle.onStart();

        verify(issueTypeManager, times(4)).createIssueType(anyString(), anyString(), eq(99L));
        verify(issueTypeManager).createSubTaskIssueType(eq("Checkpoint"), anyString(), eq(99L));
        verify(linkTypeManager).createIssueLinkType("Contributes to", "contributes to", "is contributed to by", null);
        verify(customFieldManager, times(PluginField.values().length))
                .createCustomField(anyString(), anyString(), any(), any(), any(), any());
        JiraSettings settings = new SettingsStore(stored.factory()).load();
        assertThat(settings.issueTypeIds()).containsKeys(ItemType.STRATEGIC_GOAL, ItemType.CAMPAIGN, ItemType.TACTIC,
                ItemType.RETROSPECTIVE, ItemType.CHECKPOINT, ItemType.EPIC);
        assertThat(settings.linkTypeId()).isEqualTo(10200L);
        assertThat(settings.fieldIds()).hasSize(PluginField.values().length);
    }

    @Test
    void secondEnableCreatesNothing() throws Exception {
        lifecycle.onStart();
        org.mockito.Mockito.clearInvocations(issueTypeManager, linkTypeManager, customFieldManager);

        lifecycle.onStart();

        verify(issueTypeManager, never()).createIssueType(anyString(), anyString(), anyLong());
        verify(issueTypeManager, never()).createSubTaskIssueType(anyString(), anyString(), anyLong());
        verify(linkTypeManager, never()).createIssueLinkType(anyString(), anyString(), anyString(), any());
        verify(customFieldManager, never()).createCustomField(anyString(), anyString(), any(), any(), any(), any());
    }

    @Test
    void adoptsObjectsOfTheStandardNamesInsteadOfDuplicatingThem() throws Exception {
        issueTypes.add(type("50", "Campaign", false, 97L));
        linkTypes.add(linkType(10300L));

        lifecycle.onStart();

        verify(issueTypeManager, never()).createIssueType(eq("Campaign"), anyString(), anyLong());
        JiraSettings settings = new SettingsStore(stored.factory()).load();
        assertThat(settings.issueTypeId(ItemType.CAMPAIGN)).contains("50");
        assertThat(settings.linkTypeId()).isEqualTo(10300L);
    }

    @Test
    void setsUpUnderTheClusterLock() {
        lifecycle.onStart();

        InOrder order = inOrder(lock, issueTypeManager);
        order.verify(lock).lock();
        order.verify(issueTypeManager).getIssueTypes();
        order.verify(lock).unlock();
    }

    @Test
    void fieldContextsAreLimitedToTheirIssueTypes() throws Exception {
        lifecycle.onStart();

        verify(customFieldManager).createCustomField(eq("Planned value"), anyString(), any(), any(), any(),
                org.mockito.ArgumentMatchers.argThat(types -> types.size() == 1
                        && ((IssueType) types.get(0)).getName().equals("Checkpoint")));
    }

    private IssueType add(IssueType type) {
        issueTypes.add(type);
        return type;
    }

    private static IssueType type(String id, String name, boolean subTask, Long avatarId) {
        Avatar avatar = mock(Avatar.class);
        lenient().when(avatar.getId()).thenReturn(avatarId);
        IssueType type = mock(IssueType.class);
        lenient().when(type.getId()).thenReturn(id);
        lenient().when(type.getName()).thenReturn(name);
        lenient().when(type.isSubTask()).thenReturn(subTask);
        lenient().when(type.getAvatar()).thenReturn(avatar);
        return type;
    }

    private static IssueLinkType linkType(Long id) {
        IssueLinkType type = mock(IssueLinkType.class);
        lenient().when(type.getId()).thenReturn(id);
        return type;
    }

    private static CustomFieldType<?, ?> fieldType(String key) {
        CustomFieldType<?, ?> type = mock(CustomFieldType.class);
        lenient().when(type.getKey()).thenReturn(key);
        return type;
    }
}
