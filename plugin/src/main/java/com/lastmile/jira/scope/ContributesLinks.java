package com.lastmile.jira.scope;

import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.lastmile.jira.config.JiraSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every "Contributes to" link of the site, read in one call (links of one type), so the tree's shape costs one
 * query however many issues it has. A link points from the contributor (source) to what it contributes to.
 */
public final class ContributesLinks {

    private final IssueLinkManager links;

    public ContributesLinks(IssueLinkManager links) {
        this.links = links;
    }

    public Index load(JiraSettings settings) {
        Index index = new Index();
        if (settings.linkTypeId() != null) {
            for (IssueLink link : links.getIssueLinks(settings.linkTypeId())) {
                index.add(link.getSourceId(), link.getDestinationId());
            }
        }
        return index;
    }

    /** Links by both ends, in the order Jira returned them. */
    public static final class Index {
        private final Map<Long, List<Long>> contributors = new HashMap<>();
        private final Map<Long, List<Long>> targets = new HashMap<>();

        void add(Long source, Long destination) {
            contributors.computeIfAbsent(destination, k -> new ArrayList<>()).add(source);
            targets.computeIfAbsent(source, k -> new ArrayList<>()).add(destination);
        }

        /** The issues that contribute to this one. */
        public List<Long> contributorsTo(Long issueId) {
            return contributors.getOrDefault(issueId, List.of());
        }

        /** What this issue contributes to. */
        public List<Long> targetsOf(Long issueId) {
            return targets.getOrDefault(issueId, List.of());
        }
    }
}
