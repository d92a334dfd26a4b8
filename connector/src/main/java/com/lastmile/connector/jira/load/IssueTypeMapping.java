package com.lastmile.connector.jira.load;

import com.lastmile.core.model.ItemType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which level an issue type stands for, by the type's name: a site's own mapping first (a site that reuses its
 * "Initiative" for Strategic Goal), then Last Mile's type names ignoring case, and every other type is a Task.
 * Unlike the plugin, which sees each type's sub-task flag, a search result names only the type, so a site's own
 * sub-task types need a mapping to count as Sub-task.
 */
public final class IssueTypeMapping {

    private final Map<String, ItemType> overrides = new HashMap<>();

    /** @param overrides item types by issue type name, names compared ignoring case */
    public IssueTypeMapping(Map<String, ItemType> overrides) {
        overrides.forEach((name, type) -> this.overrides.put(normal(name), type));
    }

    /** Last Mile's own type names only. */
    public static IssueTypeMapping standard() {
        return new IssueTypeMapping(Map.of());
    }

    public ItemType typeOf(String issueTypeName) {
        if (issueTypeName == null) {
            return ItemType.TASK;
        }
        ItemType mapped = overrides.get(normal(issueTypeName));
        return mapped != null ? mapped : ItemType.fromDisplayName(issueTypeName.trim()).orElse(ItemType.TASK);
    }

    private static String normal(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
