package com.lastmile.connector.jira.importer;

import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The corrective-action links an import makes with a call each, because their action is already in Jira: to a
 * checkpoint this run creates, made after the checkpoint's wave; and to a checkpoint in Jira too that lacks the link
 * (an earlier run's link was refused, or the file gained the action since). Both happen only when an import resumes
 * or extends an earlier one: an action created by this run carries its links in its own create.
 */
final class ActionLinks {

    private ActionLinks() {
    }

    /**
     * @param inJira the issues earlier runs created, by workspace key
     * @return the links to make, checkpoints in file order, each one's actions in its order
     */
    static List<ActionLink> toMake(List<Item> items, Map<String, ImportedIssue> inJira) {
        List<ActionLink> links = new ArrayList<>();
        for (Item checkpoint : items) {
            if (checkpoint.type() != ItemType.CHECKPOINT || checkpoint.checkpoint() == null) {
                continue;
            }
            ImportedIssue checkpointIssue = inJira.get(checkpoint.key());
            for (String action : checkpoint.checkpoint().actions()) {
                ImportedIssue actionIssue = inJira.get(action);
                if (actionIssue != null && (checkpointIssue == null
                        || !actionIssue.contributesTo().contains(checkpointIssue.jiraKey()))) {
                    links.add(new ActionLink(action, checkpoint.key()));
                }
            }
        }
        return links;
    }
}
