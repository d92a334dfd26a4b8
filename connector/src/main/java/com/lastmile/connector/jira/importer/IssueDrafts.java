package com.lastmile.connector.jira.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.lastmile.connector.jira.api.FieldJson;
import com.lastmile.connector.jira.api.NewIssue;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an item into the issue to create, linked at creation to what already exists in Jira, the way the plugin
 * reads a tree back: sub-tasks and checkpoints by their parent; a story, task or bug under an epic by its epic;
 * everything else (goals, epics, retrospectives, a story under a goal) "contributes to" its parent. A corrective
 * action also "contributes to" each checkpoint it corrects, which is how the plugin recognises it. Each issue carries
 * the import marker its {@link MarkerStrategy} sets.
 */
final class IssueDrafts {

    private static final List<ItemType> EPIC_CHILDREN = List.of(ItemType.STORY, ItemType.TASK, ItemType.BUG);

    private final String projectKey;
    private final Dependencies dependencies;
    private final JiraIds ids;
    private final ItemFieldValues fieldValues;
    private final MarkerStrategy marker;

    IssueDrafts(String projectKey, Dependencies dependencies, JiraIds ids, FieldJson values, MarkerStrategy marker) {
        this.projectKey = projectKey;
        this.dependencies = dependencies;
        this.ids = ids;
        this.fieldValues = new ItemFieldValues(ids, values);
        this.marker = marker;
    }

    /**
     * @param jiraKeys the Jira key of every item that exists, by workspace key: the item's parent and the
     *     checkpoints it corrects are among them (the waves see to it)
     */
    NewIssue draft(Item item, Map<String, String> jiraKeys) {
        String parentKey = null;
        String epicKey = null;
        List<String> contributesTo = new ArrayList<>();
        if (item.parent() != null) {
            String parent = jiraKey(item.parent(), jiraKeys);
            if (item.type() == ItemType.SUB_TASK || item.type() == ItemType.CHECKPOINT) {
                parentKey = parent;
            } else if (EPIC_CHILDREN.contains(item.type())
                    && dependencies.item(item.parent()).type() == ItemType.EPIC) {
                epicKey = parent;
            } else {
                contributesTo.add(parent);
            }
        }
        for (String checkpoint : dependencies.checkpointsCorrectedBy(item.key())) {
            contributesTo.add(jiraKey(checkpoint, jiraKeys));
        }
        Map<String, JsonNode> fields = new HashMap<>(fieldValues.of(item));
        fields.putAll(marker.fields(item.key()));
        return new NewIssue(projectKey, ids.issueType(item.type()), item.summary(), Replan.createdDue(item),
                parentKey, epicKey, contributesTo.stream().distinct().toList(), fields, marker.properties(item.key()));
    }

    private static String jiraKey(String workspaceKey, Map<String, String> jiraKeys) {
        String key = jiraKeys.get(workspaceKey);
        if (key == null) {
            throw new IllegalStateException(workspaceKey + " is needed before it exists in Jira");
        }
        return key;
    }
}
