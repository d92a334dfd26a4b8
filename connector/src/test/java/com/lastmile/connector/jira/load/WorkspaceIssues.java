package com.lastmile.connector.jira.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lastmile.connector.jira.api.ChangeEntry;
import com.lastmile.connector.jira.api.IssueRecord;
import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.OriginalPlan;
import com.lastmile.core.model.Person;
import com.lastmile.core.model.Raci;
import com.lastmile.core.model.StatusCategory;
import com.lastmile.core.model.Verification;
import com.lastmile.core.model.Workspace;
import com.lastmile.core.tracker.TrackerField;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a workspace into a fake Jira the way Last Mile keeps it there (DESIGN.md "Jira mapping"): sub-tasks and
 * checkpoints under their parent, stories under their epic (Cloud: parent; Data Center: Epic Link), everything else
 * and corrective actions by "Contributes to" links, fields by {@link SiteFixture} ids, an original plan as the
 * changelog's first change. On Cloud multi-line text arrives as ADF and users by account id.
 */
final class WorkspaceIssues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Instant REPLANNED = Instant.parse("2026-02-01T08:00:00Z");

    private final boolean cloud;
    private final Map<String, Item> byKey = new HashMap<>();
    private final Map<String, List<IssueRecord.Link>> links = new LinkedHashMap<>();

    private WorkspaceIssues(boolean cloud) {
        this.cloud = cloud;
    }

    static void put(Workspace workspace, FakeJira jira, boolean cloud) {
        new WorkspaceIssues(cloud).fill(workspace, jira);
    }

    private void fill(Workspace workspace, FakeJira jira) {
        jira.fields.addAll(SiteFixture.fields(!cloud));
        for (Person person : workspace.people()) {
            jira.user(person.id(), person.name(), person.active());
        }
        workspace.items().forEach(item -> byKey.put(item.key(), item));
        workspace.items().forEach(item -> links.put(item.key(), new ArrayList<>()));
        for (Item item : workspace.items()) {
            if (item.checkpoint() != null) {
                for (String action : item.checkpoint().actions()) {
                    link(action, item.key());
                }
            }
            if (item.parent() != null && !hangsByParentField(item)) {
                link(item.key(), item.parent());
            }
        }
        for (int i = 0; i < workspace.items().size(); i++) {
            Item item = workspace.items().get(i);
            String id = String.valueOf(20_000 + i);
            jira.issues.add(record(id, item));
            OriginalPlan original = item.checkpoint() == null ? null : item.checkpoint().original();
            if (original != null) {
                jira.changelogs.put(id, List.of(replan(item, original)));
            }
        }
    }

    private void link(String from, String to) {
        links.get(from).add(new IssueRecord.Link("Contributes to", true, to));
        links.computeIfAbsent(to, k -> new ArrayList<>()).add(new IssueRecord.Link("Contributes to", false, from));
    }

    private boolean hangsByParentField(Item item) {
        return item.type() == ItemType.SUB_TASK || item.type() == ItemType.CHECKPOINT || underEpic(item);
    }

    private boolean underEpic(Item item) {
        Item parent = byKey.get(item.parent());
        return item.type().level() == ItemType.STORY.level() && parent != null && parent.type() == ItemType.EPIC;
    }

    private IssueRecord record(String id, Item item) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        String parentKey = null;
        if (item.parent() != null && hangsByParentField(item)) {
            if (underEpic(item) && !cloud) {
                fields.put(SiteFixture.EPIC_LINK, JSON.textNode(item.parent()));
            } else {
                parentKey = item.parent();
            }
        }
        number(fields, TrackerField.WEIGHT, item.weight());
        if (item.points() != null) {
            fields.put(SiteFixture.STORY_POINTS, JSON.numberNode(item.points()));
        }
        if (item.raci() != null) {
            fields.put(SiteFixture.id(TrackerField.RACI), multiLine(raciText(item.raci())));
        }
        metric(fields, item.metric());
        checkpoint(fields, item.checkpoint());
        return new IssueRecord(id, item.key(), item.type().displayName(), item.summary(), item.status(),
                categoryKey(item.statusCategory()), parentKey, item.due(), links.get(item.key()), fields, Map.of());
    }

    private void metric(Map<String, JsonNode> fields, Metric metric) {
        if (metric == null) {
            return;
        }
        text(fields, TrackerField.METRIC_NAME, metric.name());
        text(fields, TrackerField.METRIC_UNIT, metric.unit());
        text(fields, TrackerField.METRIC_DIRECTION, metric.direction().name().toLowerCase());
        number(fields, TrackerField.METRIC_BASELINE, metric.baseline());
        number(fields, TrackerField.METRIC_TARGET, metric.target());
        number(fields, TrackerField.METRIC_STRETCH, metric.stretch());
        number(fields, TrackerField.METRIC_ACTUAL, metric.actual());
        if (metric.additive()) {
            text(fields, TrackerField.METRIC_ADDITIVE, "yes");
        }
    }

    private void checkpoint(Map<String, JsonNode> fields, CheckpointData checkpoint) {
        if (checkpoint == null) {
            return;
        }
        number(fields, TrackerField.PLANNED, checkpoint.planned());
        number(fields, TrackerField.ACTUAL, checkpoint.actual());
        if (checkpoint.cause() != null) {
            fields.put(SiteFixture.id(TrackerField.CAUSE), multiLine(checkpoint.cause()));
        }
        Verification verification = checkpoint.verification();
        if (verification != null) {
            fields.put(SiteFixture.id(TrackerField.SAMPLED), JSON.numberNode(verification.sampled()));
            fields.put(SiteFixture.id(TrackerField.PASSED), JSON.numberNode(verification.passed()));
            if (verification.verifier() != null) {
                fields.put(SiteFixture.id(TrackerField.VERIFIER),
                        JSON.objectNode().put(cloud ? "accountId" : "name", verification.verifier()));
            }
            if (verification.note() != null) {
                fields.put(SiteFixture.id(TrackerField.VERIFICATION_NOTE), multiLine(verification.note()));
            }
        }
    }

    /** Cloud logs the field's id, so a renamed field still matches; Data Center only its name. */
    private ChangeEntry replan(Item item, OriginalPlan original) {
        CheckpointData current = item.checkpoint();
        ChangeEntry.Item planned = new ChangeEntry.Item(cloud ? "Planned value (old name)" : "Planned value",
                cloud ? SiteFixture.id(TrackerField.PLANNED) : null, null, plain(original.planned()), null,
                plain(current.planned()));
        ChangeEntry.Item due = new ChangeEntry.Item("duedate", cloud ? "duedate" : null,
                String.valueOf(original.due()), String.valueOf(original.due()), String.valueOf(item.due()),
                String.valueOf(item.due()));
        return new ChangeEntry(REPLANNED, List.of(planned, due));
    }

    private JsonNode multiLine(String text) {
        return cloud ? Issue.adf(text) : JSON.textNode(text);
    }

    private static String raciText(Raci raci) {
        ObjectNode object = JSON.objectNode();
        object.set("R", names(raci.responsible()));
        object.set("A", raci.accountable().size() == 1 ? JSON.textNode(raci.accountable().get(0))
                : names(raci.accountable()));
        object.set("C", names(raci.consulted()));
        object.set("I", names(raci.informed()));
        return object.toString();
    }

    private static ArrayNode names(List<String> names) {
        ArrayNode array = JSON.arrayNode();
        names.forEach(array::add);
        return array;
    }

    private static void text(Map<String, JsonNode> fields, TrackerField field, String value) {
        if (value != null && !value.isEmpty()) {
            fields.put(SiteFixture.id(field), JSON.textNode(value));
        }
    }

    private static void number(Map<String, JsonNode> fields, TrackerField field, BigDecimal value) {
        if (value != null) {
            fields.put(SiteFixture.id(field), JSON.numberNode(value));
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String categoryKey(StatusCategory category) {
        return switch (category) {
            case DONE -> "done";
            case IN_PROGRESS -> "indeterminate";
            case TODO -> "new";
        };
    }
}
