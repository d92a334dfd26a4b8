package com.lastmile.jira.adapter;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.UpdateIssueRequest;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.lastmile.core.model.Verification;
import com.lastmile.jira.config.PluginField;
import com.lastmile.jira.config.SettingsStore;
import com.lastmile.jira.scope.IssueFields;
import com.lastmile.web.port.ActualRecord;
import com.lastmile.web.port.Caller;
import com.lastmile.web.port.CheckpointRecorder;
import com.lastmile.web.port.NotPermittedException;
import com.lastmile.web.port.UnknownKeyException;

/**
 * Records a checkpoint's actual as the caller, who needs EDIT_ISSUES on it. A new actual replaces the old spot
 * check: a verification always belongs to the actual it checked. Permission is checked before anything is set.
 */
public final class JiraCheckpointRecorder implements CheckpointRecorder {

    private final UserManager users;
    private final IssueManager issues;
    private final PermissionManager permissions;
    private final CustomFieldManager customFields;
    private final SettingsStore settings;

    public JiraCheckpointRecorder(UserManager users, IssueManager issues, PermissionManager permissions,
                                  CustomFieldManager customFields, SettingsStore settings) {
        this.users = users;
        this.issues = issues;
        this.permissions = permissions;
        this.customFields = customFields;
        this.settings = settings;
    }

    @Override
    public void record(Caller caller, String checkpointKey, ActualRecord record) {
        ApplicationUser user = user(caller);
        MutableIssue issue = issues.getIssueObject(checkpointKey);
        if (issue == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            throw new UnknownKeyException(checkpointKey);
        }
        if (!permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user)) {
            throw new NotPermittedException("no permission to edit " + checkpointKey);
        }
        IssueFields fields = new IssueFields(customFields, settings.load());
        Verification check = record.verification();
        issue.setCustomFieldValue(required(fields, PluginField.ACTUAL), record.actual().doubleValue());
        issue.setCustomFieldValue(required(fields, PluginField.SAMPLED), check == null ? null : (double) check.sampled());
        issue.setCustomFieldValue(required(fields, PluginField.PASSED), check == null ? null : (double) check.passed());
        issue.setCustomFieldValue(required(fields, PluginField.VERIFIER),
                check == null || check.verifier() == null ? null : users.getUserByKey(check.verifier()));
        issue.setCustomFieldValue(required(fields, PluginField.VERIFICATION_NOTE), check == null ? null : check.note());
        issues.updateIssue(user, issue, UpdateIssueRequest.builder().build());
    }

    @Override
    public boolean canRecord(Caller caller, String checkpointKey) {
        ApplicationUser user = user(caller);
        MutableIssue issue = issues.getIssueObject(checkpointKey);
        return issue != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)
                && permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user);
    }

    private ApplicationUser user(Caller caller) {
        return caller.viewer() == null ? null : users.getUserByKey(caller.viewer());
    }

    private static CustomField required(IssueFields fields, PluginField field) {
        CustomField customField = fields.field(field);
        if (customField == null) {
            throw new IllegalStateException("the Last Mile field " + field.defaultName()
                    + " does not exist: disable and enable the plugin to create it again");
        }
        return customField;
    }
}
