package com.lastmile.jira.scope;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.user.ApplicationUser;
import com.lastmile.core.model.OriginalPlan;
import com.lastmile.jira.config.PluginField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A checkpoint's plan as first set, read from the changelog so that a re-plan never hides slippage. All
 * checkpoints' histories come in one bulk read. The first change of a field tells its first value: the old value,
 * or the new one when the field was empty before.
 */
public final class OriginalPlans {

    static final String DUE_DATE = "duedate";

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
        Map<Long, List<ChangeHistory>> byIssue = new HashMap<>();
        for (ChangeHistory history : histories.getChangeHistoriesForUser(checkpoints, user)) {
            byIssue.computeIfAbsent(history.getIssueId(), k -> new ArrayList<>()).add(history);
        }
        Map<Long, OriginalPlan> originals = new HashMap<>();
        for (Issue checkpoint : checkpoints) {
            List<ChangeHistory> changes = new ArrayList<>(byIssue.getOrDefault(checkpoint.getId(), List.of()));
            changes.sort(Comparator.comparing(ChangeHistory::getTimePerformed));
            ChangeItemBean firstPlanned = first(changes, plannedName);
            ChangeItemBean firstDue = first(changes, DUE_DATE);
            if (firstPlanned != null || firstDue != null) {
                BigDecimal plannedValue = firstPlanned == null ? fields.number(checkpoint, PluginField.PLANNED)
                        : number(firstNonBlank(firstPlanned.getFromString(), firstPlanned.getToString()));
                LocalDate due = firstDue == null ? currentDue(checkpoint)
                        : date(firstNonBlank(firstDue.getFrom(), firstDue.getTo()));
                originals.put(checkpoint.getId(), new OriginalPlan(plannedValue, due));
            }
        }
        return originals;
    }

    private static ChangeItemBean first(List<ChangeHistory> changes, String field) {
        if (field == null) {
            return null;
        }
        for (ChangeHistory change : changes) {
            for (ChangeItemBean item : change.getChangeItemBeans()) {
                if (field.equalsIgnoreCase(item.getField())) {
                    return item;
                }
            }
        }
        return null;
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }

    private static BigDecimal number(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Due dates are logged as "yyyy-MM-dd HH:mm:ss.S". */
    private static LocalDate date(String text) {
        try {
            return text == null || text.length() < 10 ? null : LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate currentDue(Issue issue) {
        return issue.getDueDate() == null ? null : issue.getDueDate().toLocalDateTime().toLocalDate();
    }
}
