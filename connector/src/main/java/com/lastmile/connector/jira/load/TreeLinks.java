package com.lastmile.connector.jira.load;

import com.lastmile.connector.jira.api.IssueRecord;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.tracker.TrackerField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who hangs under whom among the loaded issues, as the plugin's goal tree decides it: the parent of a sub-task is
 * its parent issue, of a story its epic (Cloud: the parent field; Data Center: Epic Link), of anything else what it
 * contributes to. Contributing to a loaded checkpoint instead makes an issue one of that checkpoint's corrective
 * actions. A parent outside the loaded issues is kept by key, so the evaluation reports it as unknown.
 */
final class TreeLinks {

    private final Map<String, ItemType> loadedTypes;
    private final FieldValues values;

    /** @param loadedTypes the item type of every loaded issue, by key */
    TreeLinks(Map<String, ItemType> loadedTypes, FieldValues values) {
        this.loadedTypes = loadedTypes;
        this.values = values;
    }

    /** The parent's key, or null. */
    String parentOf(IssueRecord issue) {
        if (issue.parentKey() != null) {
            return issue.parentKey();
        }
        String epic = values.epicKey(issue);
        if (epic != null) {
            return epic;
        }
        for (IssueRecord.Link link : issue.links()) {
            if (link.outward() && isContributes(link) && loadedTypes.get(link.otherKey()) != ItemType.CHECKPOINT) {
                return link.otherKey();
            }
        }
        return null;
    }

    /** The loaded issues that contribute to this checkpoint, in the order Jira lists its links. */
    List<String> actionsOf(IssueRecord checkpoint) {
        List<String> actions = new ArrayList<>();
        for (IssueRecord.Link link : checkpoint.links()) {
            if (!link.outward() && isContributes(link) && loadedTypes.containsKey(link.otherKey())) {
                actions.add(link.otherKey());
            }
        }
        return actions;
    }

    private static boolean isContributes(IssueRecord.Link link) {
        return TrackerField.LINK_TYPE_NAME.equalsIgnoreCase(link.type());
    }
}
