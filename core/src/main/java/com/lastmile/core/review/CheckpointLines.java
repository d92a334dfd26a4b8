package com.lastmile.core.review;

import com.lastmile.core.eval.CheckpointResult;
import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Item;
import com.lastmile.core.port.PeopleDirectory;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an evaluation's checkpoint results into {@link CheckpointLine}s, looking goals and corrective actions up
 * in the evaluation's scope only, so a hidden goal or action is never named. Shared by the weekly review and
 * the REST checkpoint list.
 */
public final class CheckpointLines {

    private final PeopleDirectory people;
    /** The checkpoints' goals and linked actions that are in scope: few, so one pass finds them all. */
    private final Map<String, Item> referenced = new HashMap<>();

    public CheckpointLines(Evaluation evaluation) {
        this.people = evaluation.scope().people();
        Set<String> wanted = new HashSet<>();
        for (CheckpointResult checkpoint : evaluation.checkpoints()) {
            if (checkpoint.goal() != null) {
                wanted.add(checkpoint.goal());
            }
            CheckpointData data = checkpoint.item().checkpoint();
            if (data != null) {
                wanted.addAll(data.actions());
            }
        }
        for (Item item : evaluation.scope().items()) {
            if (wanted.contains(item.key())) {
                referenced.putIfAbsent(item.key(), item);
            }
        }
    }

    /** The Accountable people of an item (none for null or an item without RACI). */
    public List<PersonRef> accountable(Item item) {
        return item == null || item.raci() == null ? List.of() : PersonRef.of(item.raci().accountable(), people);
    }

    /** The linked corrective actions that are in scope, in the order recorded, without repeats. */
    public List<String> actions(Item checkpoint) {
        CheckpointData data = checkpoint.checkpoint();
        return data == null ? List.of() : data.actions().stream().filter(referenced::containsKey).distinct().toList();
    }

    /** The goal item; none when the checkpoint hangs under another attachment, which is no goal. */
    private Item goal(CheckpointResult result) {
        Item parent = result.goal() == null ? null : referenced.get(result.goal());
        return parent == null || parent.type().isAttachment() ? null : parent;
    }

    public CheckpointLine of(CheckpointResult result) {
        Item item = result.item();
        Item goal = goal(result);
        CheckpointData data = item.checkpoint();
        String cause = data == null || data.cause() == null || data.cause().isBlank() ? null : data.cause();
        List<String> actions = actions(item);
        BigDecimal planned = data == null ? null : data.planned();
        BigDecimal actual = data == null ? null : data.actual();
        return new CheckpointLine(item.key(), item.summary(), goal == null ? null : goal.key(),
                goal == null ? null : goal.summary(), item.due(), planned, actual, result.state(),
                result.deviation(), result.band(), accountable(goal), cause != null, cause, !actions.isEmpty(),
                actions, result.rebaselined(), result.originalDeviation(), result.originalBand());
    }
}
