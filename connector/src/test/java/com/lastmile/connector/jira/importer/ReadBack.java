package com.lastmile.connector.jira.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lastmile.connector.jira.api.ChangeEntry;
import com.lastmile.connector.jira.load.SiteFields;
import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Raci;
import com.lastmile.core.tracker.FieldChange;
import com.lastmile.core.tracker.OriginalPlanRule;
import com.lastmile.core.tracker.TrackerField;
import com.lastmile.core.tracker.TrackerValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@link FakeJira}'s issues back as core items the way the plugin does (core's {@link TrackerValues} and
 * {@link OriginalPlanRule}, the plugin's parent rule: sub-task parent, else epic, else what it contributes to that
 * is not a checkpoint), with workspace keys restored from the import markers. What the import wrote must read back
 * as the workspace's items.
 */
final class ReadBack {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeJira jira;
    private final Map<String, String> workspaceKeys = new LinkedHashMap<>();

    ReadBack(FakeJira jira) {
        this.jira = jira;
        jira.issues().values().forEach(issue -> workspaceKeys.put(issue.key,
                ImportMarker.workspaceKey(issue.properties.get(ImportMarker.PROPERTY))));
    }

    /** Every issue as an item, by workspace key. */
    Map<String, Item> items() {
        Map<String, Item> items = new LinkedHashMap<>();
        for (FakeJira.Stored issue : jira.issues().values()) {
            Item item = item(issue);
            items.put(item.key(), item);
        }
        return items;
    }

    /** What a workspace item must read back as: statuses and visibility are not imported, nor unchanged originals. */
    static Item expected(Item item, boolean points) {
        Item.Builder expected = Item.builder(item.key(), item.type()).summary(item.summary()).parent(item.parent())
                .due(item.due()).weight(item.weight()).points(points ? item.points() : null).raci(item.raci())
                .metric(item.metric());
        if (item.checkpoint() != null) {
            CheckpointData checkpoint = item.checkpoint();
            expected.checkpoint(new CheckpointData(checkpoint.planned(), checkpoint.actual(),
                    Replan.needed(item) ? checkpoint.original() : null, checkpoint.verification(), checkpoint.cause(),
                    checkpoint.actions()));
        }
        return expected.build();
    }

    private Item item(FakeJira.Stored issue) {
        ItemType type = type(issue.type.name());
        Item.Builder item = Item.builder(workspaceKeys.get(issue.key), type).summary(issue.summary)
                .parent(workspaceKeys.get(parentOf(issue))).due(issue.due)
                .weight(number(issue, TrackerField.WEIGHT)).points(storyPoints(issue))
                .raci(raci(text(issue, TrackerField.RACI)))
                .metric(TrackerValues.metric(text(issue, TrackerField.METRIC_NAME),
                        text(issue, TrackerField.METRIC_UNIT), text(issue, TrackerField.METRIC_DIRECTION),
                        number(issue, TrackerField.METRIC_BASELINE), number(issue, TrackerField.METRIC_TARGET),
                        number(issue, TrackerField.METRIC_STRETCH), number(issue, TrackerField.METRIC_ACTUAL),
                        text(issue, TrackerField.METRIC_ADDITIVE)));
        if (type == ItemType.CHECKPOINT) {
            BigDecimal planned = number(issue, TrackerField.PLANNED);
            List<String> actions = jira.links().stream().filter(l -> l.inwardKey().equals(issue.key))
                    .map(l -> workspaceKeys.get(l.outwardKey())).toList();
            item.checkpoint(new CheckpointData(planned, number(issue, TrackerField.ACTUAL),
                    OriginalPlanRule.of(changes(issue), TrackerField.PLANNED.defaultName(), planned, issue.due),
                    TrackerValues.verification(number(issue, TrackerField.SAMPLED),
                            number(issue, TrackerField.PASSED), user(issue, TrackerField.VERIFIER),
                            text(issue, TrackerField.VERIFICATION_NOTE)),
                    text(issue, TrackerField.CAUSE), actions));
        }
        return item.build();
    }

    private String parentOf(FakeJira.Stored issue) {
        if (issue.parentKey != null) {
            return issue.parentKey;
        }
        if (issue.epicKey != null) {
            return issue.epicKey;
        }
        return jira.contributesTo(issue.key).stream()
                .filter(target -> !jira.issues().get(target).type.name().equals("Checkpoint"))
                .findFirst().orElse(null);
    }

    private List<FieldChange> changes(FakeJira.Stored issue) {
        List<FieldChange> changes = new ArrayList<>();
        for (ChangeEntry entry : jira.changelogs(List.of(issue.id)).get(issue.id)) {
            for (ChangeEntry.Item change : entry.items()) {
                changes.add(new FieldChange(entry.created(), change.field(), change.from(), change.fromText(),
                        change.to(), change.toText()));
            }
        }
        return changes;
    }

    private static ItemType type(String name) {
        return name.equals("Subtask") ? ItemType.SUB_TASK : ItemType.fromDisplayName(name).orElseThrow();
    }

    private JsonNode raw(FakeJira.Stored issue, String fieldName) {
        JsonNode value = issue.fields.get(jira.fieldId(fieldName));
        return value == null || value.isNull() ? null : value;
    }

    private String text(FakeJira.Stored issue, TrackerField field) {
        JsonNode value = raw(issue, field.defaultName());
        if (value == null) {
            return null;
        }
        String text = value.isTextual() ? value.asText() : adfText(value);
        return text.isBlank() ? null : text.trim();
    }

    private BigDecimal number(FakeJira.Stored issue, TrackerField field) {
        JsonNode value = raw(issue, field.defaultName());
        return value == null ? null : value.decimalValue();
    }

    private BigDecimal storyPoints(FakeJira.Stored issue) {
        return jira.fieldList().stream().filter(f -> SiteFields.STORY_POINT_NAMES.contains(f.name()))
                .map(f -> issue.fields.get(f.id())).filter(v -> v != null).map(JsonNode::decimalValue)
                .findFirst().orElse(null);
    }

    private String user(FakeJira.Stored issue, TrackerField field) {
        JsonNode value = raw(issue, field.defaultName());
        if (value == null) {
            return null;
        }
        return value.has("accountId") ? value.get("accountId").asText() : value.get("name").asText();
    }

    /** Cloud's multi-line text: paragraphs of text nodes, one line each. */
    static String adfText(JsonNode doc) {
        if (!"doc".equals(doc.path("type").asText())) {
            throw new AssertionError("neither text nor an ADF document: " + doc);
        }
        List<String> lines = new ArrayList<>();
        for (JsonNode paragraph : doc.path("content")) {
            StringBuilder line = new StringBuilder();
            paragraph.path("content").forEach(node -> line.append(node.path("text").asText()));
            lines.add(line.toString());
        }
        return String.join("\n", lines);
    }

    /** The plugin's RaciJson.parse: each role a name or a list of names. */
    static Raci raci(String text) {
        if (text == null) {
            return null;
        }
        try {
            JsonNode root = JSON.readTree(text);
            return new Raci(names(root.get("R")), names(root.get("A")), names(root.get("C")), names(root.get("I")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(JsonNode value) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isTextual()) {
            return List.of(value.asText());
        }
        List<String> names = new ArrayList<>();
        value.forEach(name -> names.add(name.asText()));
        return names;
    }
}
