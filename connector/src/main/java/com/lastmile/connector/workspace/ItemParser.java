package com.lastmile.connector.workspace;

import com.lastmile.connector.workspace.CrossReferences.Reference;
import com.lastmile.connector.workspace.CrossReferences.Target;
import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.OriginalPlan;
import com.lastmile.core.model.Raci;
import com.lastmile.core.model.StatusCategory;
import com.lastmile.core.model.Verification;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one entry of {@code items}. The whole entry is read before it is judged, because its fields come in
 * any order: the key names the entry in every message, and the type decides which fields are allowed.
 */
final class ItemParser {

    private static final List<String> CHECKPOINT_ONLY =
            List.of("planned", "actual", "original", "verification", "cause", "actions");
    private static final String ITEM_KEY = "an item key";
    private static final String PERSON_ID = "a person id";

    private record PendingReference(Target target, int line, String field, String name) {
    }

    private static final class Draft implements Referrer {
        final BufferedProblems problems = new BufferedProblems();
        final List<PendingReference> references = new ArrayList<>(1);
        String key;
        ItemType type;
        String summary;
        String parent;
        String status;
        StatusCategory statusCategory;
        BigDecimal weight;
        BigDecimal points;
        LocalDate due;
        Raci raci;
        Metric metric;
        List<String> visibleTo = List.of();
        BigDecimal planned;
        BigDecimal actual;
        OriginalPlan original;
        Verification verification;
        String cause;
        List<String> actions = List.of();

        @Override
        public void refer(Target target, int line, String field, String name) {
            references.add(new PendingReference(target, line, field, name));
        }

        Item toItem() {
            CheckpointData checkpoint = type == ItemType.CHECKPOINT
                    ? new CheckpointData(planned, actual, original, verification, cause, actions)
                    : null;
            return Item.builder(key, type).summary(summary).parent(parent).status(status)
                    .statusCategory(statusCategory).weight(weight).points(points).due(due).raci(raci)
                    .metric(metric).checkpoint(checkpoint).visibleTo(visibleTo).build();
        }
    }

    private final YamlCursor cursor;
    private final ValueReader values;
    private final MappingSchema<Draft> schema;

    ItemParser(YamlCursor cursor, ValueReader values) {
        this.cursor = cursor;
        this.values = values;
        RaciParser raci = new RaciParser(cursor, values);
        MetricParser metric = new MetricParser(cursor, values);
        CheckpointPartsParser checkpoint = new CheckpointPartsParser(cursor, values);
        schema = new MappingSchema<Draft>()
                .required("key", ITEM_KEY, (draft, sink, field) -> draft.key = values.name(sink, field, ITEM_KEY))
                .required("type", WorkspaceSpelling.ITEM_TYPES, (draft, sink, field) -> draft.type =
                        values.choice(sink, field, WorkspaceSpelling.ITEM_TYPES, ItemType::fromDisplayName))
                .optional("summary", (draft, sink, field) -> draft.summary = values.text(sink, field))
                .optional("parent", (draft, sink, field) -> draft.parent = reference(draft, sink, field, Target.ITEM))
                .optional("status", (draft, sink, field) -> draft.status = values.text(sink, field))
                .optional("statusCategory", (draft, sink, field) -> draft.statusCategory =
                        values.choice(sink, field, WorkspaceSpelling.STATUS_CATEGORIES, StatusCategory::parse))
                .optional("weight", (draft, sink, field) -> draft.weight = values.nonNegativeNumber(sink, field))
                .optional("points", (draft, sink, field) -> draft.points = values.nonNegativeNumber(sink, field))
                .optional("due", (draft, sink, field) -> draft.due = values.date(sink, field))
                .optional("raci", (draft, sink, field) -> draft.raci = raci.read(sink, field))
                .optional("metric", (draft, sink, field) -> draft.metric = metric.read(sink, field))
                .optional("visibleTo", (draft, sink, field) ->
                        draft.visibleTo = references(draft, sink, field, Target.PERSON))
                .optional("planned", (draft, sink, field) -> draft.planned = values.number(sink, field))
                .optional("actual", (draft, sink, field) -> draft.actual = values.number(sink, field))
                .optional("original", (draft, sink, field) -> draft.original = checkpoint.readOriginal(sink, field))
                .optional("verification", (draft, sink, field) ->
                        draft.verification = checkpoint.readVerification(sink, field, draft))
                .optional("cause", (draft, sink, field) -> draft.cause = values.text(sink, field))
                .optional("actions", (draft, sink, field) ->
                        draft.actions = references(draft, sink, field, Target.ITEM));
    }

    /**
     * Reads the item at the cursor, reporting its problems to {@code sink} under {@code items[index] (KEY)}.
     *
     * @return the item, or null when anything about it is wrong
     */
    Item read(ProblemSink sink, int index, CrossReferences references) throws IOException {
        int line = cursor.line();
        Draft draft = new Draft();
        Map<String, Integer> given = schema.read(cursor, draft.problems, "", draft);
        if (given != null) {
            checkFieldsAgainstType(draft, given, line);
            if (draft.key != null) {
                Integer previous = references.defineItem(draft.key, index);
                if (previous != null) {
                    draft.problems.report(given.get("key"), "key", "duplicate item key " + YamlCursor.quote(draft.key)
                            + "; already used by " + FieldPath.element("items", previous));
                }
            }
        }
        draft.problems.flushTo(sink, FieldPath.entry("items", index, draft.key));
        for (PendingReference pending : draft.references) {
            references.expect(new Reference(pending.target(), index, draft.key, pending.line(), pending.field(),
                    pending.name()));
        }
        return draft.problems.isEmpty() ? draft.toItem() : null;
    }

    /** Checkpoints carry a plan and no metric; every other type carries none of the checkpoint fields. */
    private static void checkFieldsAgainstType(Draft draft, Map<String, Integer> given, int line) {
        if (draft.type == ItemType.CHECKPOINT) {
            if (given.containsKey("metric")) {
                draft.problems.report(given.get("metric"), "metric",
                        "not allowed on Checkpoint items; expected planned and actual instead");
            }
            requireOnCheckpoint(draft, given, line, "due", "a date yyyy-MM-dd");
            requireOnCheckpoint(draft, given, line, "planned", "a number");
        } else if (draft.type != null) {
            for (String field : CHECKPOINT_ONLY) {
                if (given.containsKey(field)) {
                    draft.problems.report(given.get(field), field,
                            "only allowed on Checkpoint items, got it on an item of type " + draft.type.displayName());
                }
            }
        }
    }

    private static void requireOnCheckpoint(Draft draft, Map<String, Integer> given, int line, String field,
            String expected) {
        if (!given.containsKey(field)) {
            draft.problems.report(line, field,
                    "missing required field; expected " + expected + " on a Checkpoint item");
        }
    }

    private String reference(Draft draft, ProblemSink sink, String field, Target target) throws IOException {
        int line = cursor.line();
        String name = values.name(sink, field, target == Target.ITEM ? ITEM_KEY : PERSON_ID);
        if (name != null) {
            draft.refer(target, line, field, name);
        }
        return name;
    }

    private List<String> references(Draft draft, ProblemSink sink, String field, Target target) throws IOException {
        List<String> names = values.list(sink, field, (element, index) -> reference(draft, sink, element, target));
        return names == null ? List.of() : names;
    }
}
