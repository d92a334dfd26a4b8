package com.lastmile.jira.scope;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.user.ApplicationUser;
import com.lastmile.core.model.OriginalPlan;
import com.lastmile.core.tracker.FieldChange;
import com.lastmile.core.tracker.OriginalPlanRule;
import com.lastmile.jira.config.PluginField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A checkpoint's plan as first set, read from the changelog by core's {@link OriginalPlanRule}. All checkpoints'
 * histories come in one bulk read.
 */
public final class OriginalPlans {

    private final ChangeHistoryManager histories;

    public OriginalPlans(ChangeHistoryManager histories) {
        this.histories = histories;
    }

    /** Original plans by issue id; checkpoints whose planned value and due date never changed have none. */
    Map<Long, OriginalPlan> of(List<Issue> checkpoints, ApplicationUser user, IssueFields fields) {
        if (checkpoints.isEmpty()) {
            return Map.of();
        }
        CustomField planned = fields.field(PluginField.PLANNED);
        String plannedName = planned == null ? null : planned.getFieldName();
        Map<Long, List<FieldChange>> byIssue = new HashMap<>();
        for (ChangeHistory history : histories.getChangeHistoriesForUser(checkpoints, user)) {
            List<FieldChange> changes = byIssue.computeIfAbsent(history.getIssueId(), k -> new ArrayList<>());
            for (ChangeItemBean item : history.getChangeItemBeans()) {
                changes.add(new FieldChange(history.getTimePerformed().toInstant(), item.getField(), item.getFrom(),
                        item.getFromString(), item.getTo(), item.getToString()));
            }
        }
        Map<Long, OriginalPlan> originals = new HashMap<>();
        for (Issue checkpoint : checkpoints) {
            OriginalPlan original = OriginalPlanRule.of(byIssue.getOrDefault(checkpoint.getId(), List.of()),
                    plannedName, fields.number(checkpoint, PluginField.PLANNED), currentDue(checkpoint));
            if (original != null) {
                originals.put(checkpoint.getId(), original);
            }
        }
        return originals;
    }

    private static LocalDate currentDue(Issue issue) {
        return issue.getDueDate() == null ? null : issue.getDueDate().toLocalDateTime().toLocalDate();
    }
}
