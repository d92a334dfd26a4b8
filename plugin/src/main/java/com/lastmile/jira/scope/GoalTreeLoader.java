package com.lastmile.jira.scope;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.lastmile.core.model.ItemType;
import com.lastmile.jira.config.JiraSettings;
import com.lastmile.jira.config.TypeMapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads the goal trees below some root issues with one search per hierarchy level (never one call per issue):
 * each search asks for every child of the whole level at once — contributors by link, sub-tasks by parent,
 * stories by Epic Link. Security is overridden so the tree's shape is complete; the caller filters what the
 * user may browse. Already loaded issues are skipped, so a link cycle ends the walk.
 */
public final class GoalTreeLoader {

    /** Deeper than any real hierarchy (levels 0 to 5 plus attachments): a guard, not a limit anyone meets. */
    static final int MAX_LEVELS = 12;
    static final String EPIC_LINK = "Epic Link";

    private final IssueSearch search;
    private final ContributesLinks links;
    private final CustomFieldManager customFields;

    public GoalTreeLoader(IssueSearch search, ContributesLinks links, CustomFieldManager customFields) {
        this.search = search;
        this.links = links;
        this.customFields = customFields;
    }

    public GoalTree load(ApplicationUser user, List<Issue> roots, JiraSettings settings) {
        TypeMapping types = new TypeMapping(settings);
        ContributesLinks.Index index = links.load(settings);
        CustomField epicLink = customFields.getCustomFieldObjectsByName(EPIC_LINK).stream().findFirst().orElse(null);
        Map<Long, Issue> loaded = new LinkedHashMap<>();
        roots.forEach(root -> loaded.putIfAbsent(root.getId(), root));
        List<Issue> level = new ArrayList<>(loaded.values());
        for (int depth = 0; depth < MAX_LEVELS && !level.isEmpty(); depth++) {
            List<Issue> next = new ArrayList<>();
            for (Issue child : search.overridingSecurity(user, childrenQuery(level, index, epicLink, types))) {
                if (loaded.putIfAbsent(child.getId(), child) == null) {
                    next.add(child);
                }
            }
            level = next;
        }
        return new GoalTree(new ArrayList<>(loaded.values()), index, epicLink, types);
    }

    /** One JQL query for every child of a level; a checkpoint's contributors are its actions, not its children. */
    static String childrenQuery(List<Issue> level, ContributesLinks.Index index, CustomField epicLink,
                                TypeMapping types) {
        List<String> clauses = new ArrayList<>();
        clauses.add("parent in (" + keys(level) + ")");
        List<Issue> epics = level.stream().filter(i -> types.typeOf(i.getIssueType()) == ItemType.EPIC).toList();
        if (epicLink != null && !epics.isEmpty()) {
            clauses.add("cf[" + epicLink.getIdAsLong() + "] in (" + keys(epics) + ")");
        }
        String contributors = level.stream().filter(i -> types.typeOf(i.getIssueType()) != ItemType.CHECKPOINT)
                .flatMap(i -> index.contributorsTo(i.getId()).stream()).distinct().map(String::valueOf)
                .collect(Collectors.joining(", "));
        if (!contributors.isEmpty()) {
            clauses.add("issue in (" + contributors + ")");
        }
        return String.join(" OR ", clauses);
    }

    private static String keys(List<Issue> issues) {
        return issues.stream().map(i -> "\"" + i.getKey() + "\"").collect(Collectors.joining(", "));
    }
}
