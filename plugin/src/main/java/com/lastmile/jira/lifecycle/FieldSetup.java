package com.lastmile.jira.lifecycle;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.lastmile.core.model.ItemType;
import com.lastmile.jira.config.PluginField;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * Makes sure each plugin field exists: the configured id if it still resolves, else a field of that name and
 * type (adopted), else a new one with a global context limited to the issue types it applies to.
 */
final class FieldSetup {

    private final CustomFieldManager customFields;
    private final IssueTypeManager issueTypes;
    private final SetupLog log;

    FieldSetup(CustomFieldManager customFields, IssueTypeManager issueTypes, SetupLog log) {
        this.customFields = customFields;
        this.issueTypes = issueTypes;
        this.log = log;
    }

    Map<PluginField, String> ensure(Map<PluginField, String> configured, Map<ItemType, String> typeIds) {
        Map<PluginField, String> ids = new EnumMap<>(PluginField.class);
        for (PluginField field : PluginField.values()) {
            String id = configured.get(field);
            Optional<CustomField> found = id == null ? Optional.empty()
                    : Optional.ofNullable(customFields.getCustomFieldObject(id));
            found.or(() -> byName(field)).or(() -> create(field, typeIds))
                    .ifPresent(customField -> ids.put(field, customField.getId()));
        }
        return ids;
    }

    /** Configured roles by id; the work types Jira ships (Story, Task, Bug) by their standard name. */
    private static boolean plays(IssueType issueType, ItemType role, Map<ItemType, String> typeIds) {
        String id = typeIds.get(role);
        return id != null ? id.equals(issueType.getId()) : role.displayName().equalsIgnoreCase(issueType.getName());
    }

    private Optional<CustomField> byName(PluginField field) {
        return customFields.getCustomFieldObjectsByName(field.defaultName()).stream()
                .filter(cf -> cf.getCustomFieldType() != null
                        && field.kind().typeKey().equals(cf.getCustomFieldType().getKey()))
                .findFirst();
    }

    private Optional<CustomField> create(PluginField field, Map<ItemType, String> typeIds) {
        CustomFieldType<?, ?> type = customFields.getCustomFieldType(field.kind().typeKey());
        CustomFieldSearcher searcher = customFields.getCustomFieldSearcher(field.kind().searcherKey());
        List<IssueType> contextTypes = issueTypes.getIssueTypes().stream()
                .filter(t -> field.applies().types().stream().anyMatch(role -> plays(t, role, typeIds)))
                .toList();
        if (type == null || contextTypes.isEmpty()) {
            log.skipped("field " + field.defaultName(), type == null ? "field type " + field.kind().typeKey()
                    + " is not available" : "none of its issue types exists");
            return Optional.empty();
        }
        try {
            CustomField created = customFields.createCustomField(field.defaultName(), "Last Mile", type, searcher,
                    List.of(GlobalIssueContext.getInstance()), contextTypes);
            log.created("field " + field.defaultName());
            return Optional.of(created);
        } catch (GenericEntityException e) {
            log.failed("field " + field.defaultName(), e);
            return Optional.empty();
        }
    }
}
