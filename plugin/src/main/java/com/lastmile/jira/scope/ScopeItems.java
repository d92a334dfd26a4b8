package com.lastmile.jira.scope;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.OriginalPlan;
import com.lastmile.jira.config.JiraSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The visible issues of a tree as core items. A parent is named only when the user sees it: in the tree, or
 * outside it (a JQL scope's roots) as found by one search run as the user; a single-root scope starts at its root.
 */
public final class ScopeItems {

    private final CustomFieldManager customFields;
    private final OriginalPlans originalPlans;
    private final IssueSearch search;

    public ScopeItems(CustomFieldManager customFields, OriginalPlans originalPlans, IssueSearch search) {
        this.customFields = customFields;
        this.originalPlans = originalPlans;
        this.search = search;
    }

    public List<Item> items(ApplicationUser user, GoalTree tree, Set<Long> visible, ScopeRoots.Roots roots,
                            JiraSettings settings) {
        IssueFields fields = new IssueFields(customFields, settings);
        IssueItems mapper = new IssueItems(fields);
        List<Issue> shown = tree.issues().stream().filter(i -> visible.contains(i.getId())).toList();
        List<Issue> checkpoints = shown.stream().filter(i -> tree.typeOf(i) == ItemType.CHECKPOINT).toList();
        Map<Long, OriginalPlan> originals = originalPlans.of(checkpoints, user, fields);
        Map<Long, String> parentKeys = parentKeys(user, tree, visible, shown, roots);
        List<Item> items = new ArrayList<>(shown.size());
        for (Issue issue : shown) {
            ItemType type = tree.typeOf(issue);
            List<String> actions = type != ItemType.CHECKPOINT ? List.of() : tree.actionsOf(issue).stream()
                    .filter(a -> visible.contains(a.getId())).map(Issue::getKey).toList();
            items.add(mapper.toItem(issue, type, parentKeys.get(issue.getId()), actions, originals.get(issue.getId())));
        }
        return items;
    }

    /** Parent key per visible issue id, only for parents the user may see. */
    private Map<Long, String> parentKeys(ApplicationUser user, GoalTree tree, Set<Long> visible, List<Issue> shown,
                                         ScopeRoots.Roots roots) {
        Set<Long> singleRoot = roots.single() ? Set.of(roots.issues().get(0).getId()) : Set.of();
        Map<Long, Long> parentIds = new HashMap<>();
        Set<Long> outside = new LinkedHashSet<>();
        for (Issue issue : shown) {
            Long parentId = singleRoot.contains(issue.getId()) ? null : tree.parentId(issue);
            if (parentId != null) {
                parentIds.put(issue.getId(), parentId);
                if (tree.get(parentId) == null) {
                    outside.add(parentId);
                }
            }
        }
        Map<Long, String> outsideKeys = new HashMap<>();
        if (!outside.isEmpty()) {
            String ids = outside.stream().map(String::valueOf).collect(Collectors.joining(", "));
            search.asUser(user, "issue in (" + ids + ")").forEach(p -> outsideKeys.put(p.getId(), p.getKey()));
        }
        Map<Long, String> keys = new HashMap<>();
        parentIds.forEach((child, parent) -> {
            Issue inTree = tree.get(parent);
            String key = inTree == null ? outsideKeys.get(parent) : visible.contains(parent) ? inTree.getKey() : null;
            if (key != null) {
                keys.put(child, key);
            }
        });
        return keys;
    }
}
