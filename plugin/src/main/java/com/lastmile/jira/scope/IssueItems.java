package com.lastmile.jira.scope;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.status.Status;
import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.OriginalPlan;
import com.lastmile.core.model.Raci;
import com.lastmile.core.model.Verification;
import com.lastmile.core.tracker.TrackerValues;
import com.lastmile.jira.config.PluginField;
import com.lastmile.jira.field.RaciFormatException;
import com.lastmile.jira.field.RaciJson;
import java.math.BigDecimal;
import java.util.List;

/** Maps a Jira issue and its plugin fields to core's {@link Item}; the value rules are core's {@link TrackerValues}. */
final class IssueItems {

    private final IssueFields fields;

    IssueItems(IssueFields fields) {
        this.fields = fields;
    }

    /**
     * @param parentKey the parent's key, or null
     * @param actionKeys keys of the visible corrective actions (checkpoints only)
     * @param original the plan as first set, from the changelog (checkpoints only), or null
     */
    Item toItem(Issue issue, ItemType type, String parentKey, List<String> actionKeys, OriginalPlan original) {
        Status status = issue.getStatus();
        Item.Builder item = Item.builder(issue.getKey(), type)
                .summary(issue.getSummary())
                .parent(parentKey)
                .status(status == null ? null : status.getName())
                .statusCategory(TrackerValues.statusCategory(
                        status == null || status.getStatusCategory() == null ? null
                                : status.getStatusCategory().getKey()))
                .due(issue.getDueDate() == null ? null : issue.getDueDate().toLocalDateTime().toLocalDate())
                .weight(TrackerValues.nonNegative(fields.number(issue, PluginField.WEIGHT)))
                .points(TrackerValues.nonNegative(fields.storyPoints(issue)))
                .raci(raci(fields.text(issue, PluginField.RACI)))
                .metric(metric(issue));
        if (type == ItemType.CHECKPOINT) {
            item.checkpoint(checkpoint(issue, actionKeys, original));
        }
        return item.build();
    }

    private Metric metric(Issue issue) {
        return TrackerValues.metric(fields.text(issue, PluginField.METRIC_NAME),
                fields.text(issue, PluginField.METRIC_UNIT), fields.text(issue, PluginField.METRIC_DIRECTION),
                fields.number(issue, PluginField.METRIC_BASELINE), fields.number(issue, PluginField.METRIC_TARGET),
                fields.number(issue, PluginField.METRIC_STRETCH), fields.number(issue, PluginField.METRIC_ACTUAL),
                fields.text(issue, PluginField.METRIC_ADDITIVE));
    }

    private CheckpointData checkpoint(Issue issue, List<String> actionKeys, OriginalPlan original) {
        return new CheckpointData(fields.number(issue, PluginField.PLANNED), fields.number(issue, PluginField.ACTUAL),
                original, verification(issue), fields.text(issue, PluginField.CAUSE), actionKeys);
    }

    private Verification verification(Issue issue) {
        BigDecimal sampled = fields.number(issue, PluginField.SAMPLED);
        return TrackerValues.verification(sampled, fields.number(issue, PluginField.PASSED),
                sampled == null ? null : fields.userKey(issue, PluginField.VERIFIER),
                fields.text(issue, PluginField.VERIFICATION_NOTE));
    }

    /** An unreadable stored RACI counts as none: the RACI_MISSING finding then points at it. */
    private static Raci raci(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return RaciJson.parse(stored);
        } catch (RaciFormatException e) {
            return null;
        }
    }
}
