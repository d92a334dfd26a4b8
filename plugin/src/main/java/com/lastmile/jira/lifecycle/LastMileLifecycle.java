package com.lastmile.jira.lifecycle;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.lastmile.core.model.ItemType;
import com.lastmile.jira.config.JiraSettings;
import com.lastmile.jira.config.PluginField;
import com.lastmile.jira.config.SettingsStore;
import java.util.Map;
import java.util.Objects;

/**
 * On plugin enable, creates what is missing: the issue types (Strategic Goal, Campaign, Tactic, Retrospective,
 * sub-task Checkpoint), the "Contributes to" link type and the custom fields with their contexts, and records
 * their ids. Idempotent: a second enable finds everything and creates nothing. Every node of a cluster starts
 * the plugin; a cluster-wide lock makes them set up one after the other, so the second finds the first's work.
 */
public final class LastMileLifecycle implements LifecycleAware {

    static final String LOCK = "com.lastmile.jira.setup";

    private final ClusterLockService locks;
    private final SettingsStore settings;
    private final IssueTypeSetup issueTypes;
    private final LinkTypeSetup linkType;
    private final FieldSetup fields;

    public LastMileLifecycle(ClusterLockService locks, SettingsStore settings, IssueTypeManager issueTypeManager,
                             IssueLinkTypeManager linkTypeManager, CustomFieldManager customFieldManager) {
        SetupLog log = new SetupLog();
        this.locks = locks;
        this.settings = settings;
        this.issueTypes = new IssueTypeSetup(issueTypeManager, log);
        this.linkType = new LinkTypeSetup(linkTypeManager, log);
        this.fields = new FieldSetup(customFieldManager, issueTypeManager, log);
    }

    @Override
    public void onStart() {
        ClusterLock lock = locks.getLockForName(LOCK);
        lock.lock();
        try {
            setUp();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void onStop() {
        // nothing to release: the plugin keeps no node-local state
    }

    private void setUp() {
        JiraSettings current = settings.load();
        Map<ItemType, String> typeIds = issueTypes.ensure(current.issueTypeIds());
        if (!typeIds.equals(current.issueTypeIds())) {
            settings.saveIssueTypes(typeIds);
        }
        Long linkTypeId = linkType.ensure(current.linkTypeId());
        if (linkTypeId != null && !Objects.equals(linkTypeId, current.linkTypeId())) {
            settings.saveLinkType(linkTypeId);
        }
        Map<PluginField, String> fieldIds = fields.ensure(current.fieldIds(), typeIds);
        if (!fieldIds.equals(current.fieldIds())) {
            settings.saveFields(fieldIds);
        }
    }
}
