package com.lastmile.jira.scope;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.status.Status;
import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.OriginalPlan;
import com.lastmile.core.model.Raci;
import com.lastmile.core.model.StatusCategory;
import com.lastmile.core.model.Verification;
import com.lastmile.jira.config.PluginField;
import com.lastmile.jira.field.RaciFormatException;
import com.lastmile.jira.field.RaciJson;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Maps a Jira issue and its plugin fields to core's {@link Item}. */
final class IssueItems {

    private static final Set<String> DECREASE = Set.of("decrease", "lower", "down", "减少", "降低");
    private static final Set<String> YES = Set.of("yes", "true", "y", "1", "是");

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
                .statusCategory(category(status))
                .due(issue.getDueDate() == null ? null : issue.getDueDate().toLocalDateTime().toLocalDate())
                .weight(nonNegative(fields.number(issue, PluginField.WEIGHT)))
                .points(nonNegative(fields.storyPoints(issue)))
                .raci(raci(fields.text(issue, PluginField.RACI)))
                .metric(metric(issue));
        if (type == ItemType.CHECKPOINT) {
            item.checkpoint(checkpoint(issue, actionKeys, original));
        }
        return item.build();
    }

    private Metric metric(Issue issue) {
        String name = fields.text(issue, PluginField.METRIC_NAME);
        BigDecimal target = fields.number(issue, PluginField.METRIC_TARGET);
        if (name == null || target == null) {
            return null;
        }
        String direction = fields.text(issue, PluginField.METRIC_DIRECTION);
        String additive = fields.text(issue, PluginField.METRIC_ADDITIVE);
        return new Metric(name, fields.text(issue, PluginField.METRIC_UNIT),
                direction != null && DECREASE.contains(direction.toLowerCase(Locale.ROOT)) ? Direction.DECREASE
                        : Direction.INCREASE,
                fields.number(issue, PluginField.METRIC_BASELINE), target,
                fields.number(issue, PluginField.METRIC_STRETCH), fields.number(issue, PluginField.METRIC_ACTUAL),
                additive != null && YES.contains(additive.toLowerCase(Locale.ROOT)));
    }

    private CheckpointData checkpoint(Issue issue, List<String> actionKeys, OriginalPlan original) {
        return new CheckpointData(fields.number(issue, PluginField.PLANNED), fields.number(issue, PluginField.ACTUAL),
                original, verification(issue), fields.text(issue, PluginField.CAUSE), actionKeys);
    }

    /** A spot check needs a sample size; an impossible one (passed above sampled) is left out, not guessed. */
    private Verification verification(Issue issue) {
        BigDecimal sampled = fields.number(issue, PluginField.SAMPLED);
        if (sampled == null) {
            return null;
        }
        BigDecimal passed = fields.number(issue, PluginField.PASSED);
        try {
            return new Verification(sampled.intValueExact(), passed == null ? 0 : passed.intValueExact(),
                    fields.userKey(issue, PluginField.VERIFIER), fields.text(issue, PluginField.VERIFICATION_NOTE));
        } catch (ArithmeticException | IllegalArgumentException e) {
            return null;
        }
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

    private static StatusCategory category(Status status) {
        if (status == null || status.getStatusCategory() == null) {
            return StatusCategory.TODO;
        }
        return switch (status.getStatusCategory().getKey()) {
            case "done" -> StatusCategory.DONE;
            case "indeterminate" -> StatusCategory.IN_PROGRESS;
            default -> StatusCategory.TODO;
        };
    }

    private static BigDecimal nonNegative(BigDecimal value) {
        return value == null || value.signum() < 0 ? null : value;
    }
}
