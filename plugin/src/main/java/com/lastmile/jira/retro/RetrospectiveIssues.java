package com.lastmile.jira.retro;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.lastmile.core.doc.Document;
import com.lastmile.core.doc.WikiRenderer;
import com.lastmile.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/** Creates the Retrospective issue through Jira's issue service (its permission and field checks apply). */
public final class RetrospectiveIssues {

    /** Jira's limit for a summary. */
    static final int SUMMARY_LIMIT = 254;

    private final IssueService issueService;
    private final IssueLinkManager links;

    public RetrospectiveIssues(IssueService issueService, IssueLinkManager links) {
        this.issueService = issueService;
        this.links = links;
    }

    Outcome create(ApplicationUser user, Issue goal, String issueTypeId, Long linkTypeId, Document document,
                   Messages text) {
        IssueInputParameters input = issueService.newIssueInputParameters();
        input.setProjectId(goal.getProjectId());
        input.setIssueTypeId(issueTypeId);
        input.setSummary(truncate(document.title()));
        input.setDescription(WikiRenderer.render(document));
        IssueService.CreateValidationResult validation = issueService.validateCreate(user, input);
        if (!validation.isValid()) {
            return Outcome.refused(messages(validation.getErrorCollection()));
        }
        IssueService.IssueResult created = issueService.create(user, validation);
        if (!created.isValid()) {
            return Outcome.refused(messages(created.getErrorCollection()));
        }
        MutableIssue retrospective = created.getIssue();
        try {
            links.createIssueLink(retrospective.getId(), goal.getId(), linkTypeId, null, user);
        } catch (CreateException e) {
            // the issue exists: say so, rather than leave the user to create a second one
            return new Outcome(retrospective.getKey(), List.of(text.format("plugin.retro.error.link",
                    retrospective.getKey(), goal.getKey())));
        }
        return new Outcome(retrospective.getKey(), List.of());
    }

    private static List<String> messages(ErrorCollection errors) {
        List<String> messages = new ArrayList<>(errors.getErrorMessages());
        messages.addAll(errors.getErrors().values());
        return messages;
    }

    private static String truncate(String summary) {
        return summary.length() <= SUMMARY_LIMIT ? summary : summary.substring(0, SUMMARY_LIMIT - 1) + "…";
    }
}
