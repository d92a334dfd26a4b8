package com.lastmile.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.lastmile.core.model.ItemType;
import java.util.HashMap;
import java.util.Map;

/**
 * Which level an issue type stands for: the configured mapping first (so a site can use its own "Initiative"
 * for Strategic Goal), then the standard names, then sub-task or plain work item.
 */
public final class TypeMapping {

    private final Map<String, ItemType> byIssueTypeId = new HashMap<>();

    public TypeMapping(JiraSettings settings) {
        settings.issueTypeIds().forEach((type, id) -> byIssueTypeId.put(id, type));
    }

    public ItemType typeOf(IssueType issueType) {
        ItemType mapped = byIssueTypeId.get(issueType.getId());
        if (mapped != null) {
            return mapped;
        }
        return ItemType.fromDisplayName(issueType.getName())
                .orElse(issueType.isSubTask() ? ItemType.SUB_TASK : ItemType.TASK);
    }
}
