package com.lastmile.jira.scope;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.lastmile.core.model.ItemType;
import com.lastmile.jira.config.TypeMapping;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The issues of a goal tree, parents before children, and who hangs under whom. The parent of a sub-task is its
 * parent issue, of a story its epic (Epic Link), of anything else what it contributes to; contributing to a
 * checkpoint instead makes an issue one of the checkpoint's corrective actions.
 */
public final class GoalTree {

    private final List<Issue> issues;
    private final Map<Long, Issue> byId = new HashMap<>();
    private final ContributesLinks.Index links;
    private final CustomField epicLink;
    private final TypeMapping types;

    GoalTree(List<Issue> issues, ContributesLinks.Index links, CustomField epicLink, TypeMapping types) {
        this.issues = List.copyOf(issues);
        this.links = links;
        this.epicLink = epicLink;
        this.types = types;
        issues.forEach(issue -> byId.put(issue.getId(), issue));
    }

    public List<Issue> issues() {
        return issues;
    }

    public Issue get(Long id) {
        return byId.get(id);
    }

    public ItemType typeOf(Issue issue) {
        return types.typeOf(issue.getIssueType());
    }

    /** The parent's id, or null; the parent may lie outside the tree. */
    public Long parentId(Issue issue) {
        if (issue.getParentId() != null) {
            return issue.getParentId();
        }
        if (epicLink != null && issue.getCustomFieldValue(epicLink) instanceof Issue epic) {
            return epic.getId();
        }
        for (Long target : links.targetsOf(issue.getId())) {
            Issue loaded = byId.get(target);
            if (loaded == null || typeOf(loaded) != ItemType.CHECKPOINT) {
                return target;
            }
        }
        return null;
    }

    /** The issues in the tree that contribute to this checkpoint: its corrective actions. */
    public List<Issue> actionsOf(Issue checkpoint) {
        return links.contributorsTo(checkpoint.getId()).stream().map(byId::get).filter(a -> a != null).toList();
    }
}
