package com.lastmile.connector.jira.load;

import com.lastmile.connector.jira.api.IssueRecord;
import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.OriginalPlan;
import com.lastmile.core.model.Verification;
import com.lastmile.core.tracker.TrackerField;
import com.lastmile.core.tracker.TrackerValues;
import java.util.List;

/** Maps an issue record and its Last Mile fields to core's {@link Item}, as the plugin maps an in-process issue. */
final class RecordItems {

    private final FieldValues values;

    RecordItems(FieldValues values) {
        this.values = values;
    }

    /**
     * @param parentKey the parent's key, or null
     * @param actionKeys keys of the loaded corrective actions (checkpoints only)
     * @param original the plan as first set, from the changelog (checkpoints only), or null
     */
    Item toItem(IssueRecord issue, ItemType type, String parentKey, List<String> actionKeys, OriginalPlan original) {
        Item.Builder item = Item.builder(issue.key(), type)
                .summary(issue.summary())
                .parent(parentKey)
                .status(issue.status())
                .statusCategory(TrackerValues.statusCategory(issue.statusCategory()))
                .due(issue.due())
                .weight(TrackerValues.nonNegative(values.number(issue, TrackerField.WEIGHT)))
                .points(TrackerValues.nonNegative(values.storyPoints(issue)))
                .raci(values.raci(issue))
                .metric(metric(issue));
        if (type == ItemType.CHECKPOINT) {
            item.checkpoint(new CheckpointData(values.number(issue, TrackerField.PLANNED),
                    values.number(issue, TrackerField.ACTUAL), original, verification(issue),
                    values.text(issue, TrackerField.CAUSE), actionKeys));
        }
        return item.build();
    }

    private Metric metric(IssueRecord issue) {
        return TrackerValues.metric(values.text(issue, TrackerField.METRIC_NAME),
                values.text(issue, TrackerField.METRIC_UNIT), values.text(issue, TrackerField.METRIC_DIRECTION),
                values.number(issue, TrackerField.METRIC_BASELINE), values.number(issue, TrackerField.METRIC_TARGET),
                values.number(issue, TrackerField.METRIC_STRETCH), values.number(issue, TrackerField.METRIC_ACTUAL),
                values.text(issue, TrackerField.METRIC_ADDITIVE));
    }

    private Verification verification(IssueRecord issue) {
        return TrackerValues.verification(values.number(issue, TrackerField.SAMPLED),
                values.number(issue, TrackerField.PASSED), values.userId(issue, TrackerField.VERIFIER),
                values.text(issue, TrackerField.VERIFICATION_NOTE));
    }
}
