package com.lastmile.core.eval;

import com.lastmile.core.finding.Finding;
import com.lastmile.core.finding.Rule;
import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.OriginalPlan;
import com.lastmile.core.model.Settings;
import com.lastmile.core.model.Verification;
import com.lastmile.core.rules.Band;
import com.lastmile.core.rules.Deviation;
import com.lastmile.core.rules.Percent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** State, deviation, band and re-baselining of every checkpoint, measured by its goal's metric. */
final class CheckpointEvaluator {

    private static final CheckpointData EMPTY = new CheckpointData(null, null, null, null, null, List.of());

    private final Settings settings;
    private final LocalDate asOf;
    private final List<Item> items;
    private final int[] parent;
    private final KeyIndex index;
    private final FindingCollector findings;

    CheckpointEvaluator(Settings settings, LocalDate asOf, List<Item> items, int[] parent, KeyIndex index,
                        FindingCollector findings) {
        this.settings = settings;
        this.asOf = asOf;
        this.items = items;
        this.parent = parent;
        this.index = index;
        this.findings = findings;
    }

    /** The evaluation of the checkpoint at position i. */
    CheckpointResult evaluate(int i) {
        Item item = items.get(i);
        Item goal = parent[i] >= 0 ? items.get(parent[i]) : null;
        Metric metric = goal == null ? null : goal.metric();
        CheckpointData data = item.checkpoint() == null ? EMPTY : item.checkpoint();
        CheckpointState state = state(item.due(), data);
        BigDecimal deviation = null;
        Band band = null;
        if (data.planned() != null && data.actual() != null) {
            Deviation current = Deviation.of(data.planned(), data.actual(), metric);
            deviation = current.value();
            band = current.band(settings);
        }
        OriginalPlan original = data.original();
        boolean rebaselined = original != null
                && (differs(original.planned(), data.planned()) || movedDue(original.due(), item.due()));
        BigDecimal originalDeviation = null;
        Band originalBand = null;
        if (rebaselined && original.planned() != null && data.actual() != null) {
            Deviation againstOriginal = Deviation.of(original.planned(), data.actual(), metric);
            originalDeviation = againstOriginal.value();
            originalBand = againstOriginal.band(settings);
        }
        report(i, item, data, state, deviation, band);
        return new CheckpointResult(item, goal == null ? null : goal.key(), state, deviation, band, rebaselined,
                originalDeviation, originalBand);
    }

    private CheckpointState state(LocalDate due, CheckpointData data) {
        if (data.actual() == null) {
            return due != null && due.isBefore(asOf) ? CheckpointState.OVERDUE : CheckpointState.PENDING;
        }
        Verification verification = data.verification();
        if (verification == null || verification.sampled() == 0) {
            return CheckpointState.CHECKED;
        }
        return verification.passed() == verification.sampled()
                ? CheckpointState.VERIFIED : CheckpointState.VERIFICATION_FAILED;
    }

    private static boolean movedDue(LocalDate original, LocalDate current) {
        return original != null && !original.equals(current);
    }

    private static boolean differs(BigDecimal original, BigDecimal current) {
        return original != null && (current == null || original.compareTo(current) != 0);
    }

    private void report(int i, Item item, CheckpointData data, CheckpointState state, BigDecimal deviation,
                        Band band) {
        String key = item.key();
        if (state == CheckpointState.OVERDUE) {
            findings.add(i, Finding.of(key, Rule.CHECKPOINT_OVERDUE, item.due().toString()));
        } else if (state == CheckpointState.VERIFICATION_FAILED) {
            findings.add(i, Finding.of(key, Rule.CHECKPOINT_VERIFICATION_FAILED,
                    String.valueOf(data.verification().passed()), String.valueOf(data.verification().sampled())));
        }
        if (band == Band.CONTROLLABLE && (data.cause() == null || data.cause().isBlank())) {
            findings.add(i, Finding.of(key, Rule.CONTROLLABLE_DEVIATION_WITHOUT_CAUSE, Percent.format(deviation)));
        } else if (band == Band.MAJOR && data.actions().stream().noneMatch(index::contains)) {
            findings.add(i, Finding.of(key, Rule.MAJOR_DEVIATION_WITHOUT_ACTION, Percent.format(deviation)));
        }
    }
}
