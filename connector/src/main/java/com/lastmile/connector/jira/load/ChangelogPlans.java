package com.lastmile.connector.jira.load;

import com.lastmile.connector.jira.api.ChangeEntry;
import com.lastmile.connector.jira.api.IssueRecord;
import com.lastmile.core.model.OriginalPlan;
import com.lastmile.core.tracker.FieldChange;
import com.lastmile.core.tracker.OriginalPlanRule;
import com.lastmile.core.tracker.TrackerField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checkpoints' plans as first set, from their changelogs by core's {@link OriginalPlanRule}. A change of the planned
 * value field is recognised by its id where Jira logs one (Cloud), else by the field's current name.
 */
final class ChangelogPlans {

    private final SiteFields fields;
    private final FieldValues values;

    ChangelogPlans(SiteFields fields, FieldValues values) {
        this.fields = fields;
        this.values = values;
    }

    /** Original plans by issue key; checkpoints whose planned value and due date never changed have none. */
    Map<String, OriginalPlan> of(List<IssueRecord> checkpoints, Map<String, List<ChangeEntry>> changelogsById) {
        Map<String, OriginalPlan> originals = new HashMap<>();
        for (IssueRecord checkpoint : checkpoints) {
            List<FieldChange> changes = changes(changelogsById.getOrDefault(checkpoint.id(), List.of()));
            OriginalPlan original = OriginalPlanRule.of(changes, fields.name(TrackerField.PLANNED),
                    values.number(checkpoint, TrackerField.PLANNED), checkpoint.due());
            if (original != null) {
                originals.put(checkpoint.key(), original);
            }
        }
        return originals;
    }

    private List<FieldChange> changes(List<ChangeEntry> entries) {
        String plannedId = fields.id(TrackerField.PLANNED);
        String plannedName = fields.name(TrackerField.PLANNED);
        List<FieldChange> changes = new ArrayList<>();
        for (ChangeEntry entry : entries) {
            for (ChangeEntry.Item item : entry.items()) {
                String field = plannedId != null && plannedId.equals(item.fieldId()) ? plannedName : item.field();
                changes.add(new FieldChange(entry.created(), field, item.from(), item.fromText(), item.to(),
                        item.toText()));
            }
        }
        return changes;
    }
}
