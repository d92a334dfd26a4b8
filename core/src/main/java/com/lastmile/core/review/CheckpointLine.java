package com.lastmile.core.review;

import com.lastmile.core.eval.CheckpointResult;
import com.lastmile.core.eval.CheckpointState;
import com.lastmile.core.rules.Band;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One checkpoint as the weekly review lists it, with its goal and the goal's Accountable person.
 *
 * @param goalKey key of the goal the checkpoint checks, null when it has none in scope
 * @param goalSummary null with {@code goalKey}
 * @param accountable the goal's Accountable: one person normally, none or several when the goal's RACI is broken
 * @param causeRecorded a non-blank cause note is recorded
 * @param actions the linked corrective actions that are in scope (a hidden action is never named)
 * @param actionLinked {@code actions} is not empty
 * @param originalDeviation against the original plan when re-baselined, else null
 */
public record CheckpointLine(String key, String summary, String goalKey, String goalSummary, LocalDate due,
                             BigDecimal planned, BigDecimal actual, CheckpointState state, BigDecimal deviation,
                             Band band, List<PersonRef> accountable, boolean causeRecorded, String cause,
                             boolean actionLinked, List<String> actions, boolean rebaselined,
                             BigDecimal originalDeviation, Band originalBand) {

    public CheckpointLine {
        accountable = List.copyOf(accountable);
        actions = List.copyOf(actions);
    }

    /** The sole Accountable person, or null when there is none or more than one. */
    public PersonRef soleAccountable() {
        return accountable.size() == 1 ? accountable.get(0) : null;
    }

    /**
     * The band that decides the response: the worse of the current band and, when re-baselined, the band
     * against the original plan, so that a re-plan never hides slippage. Null without a deviation.
     */
    public Band effectiveBand() {
        return worse(band, rebaselined ? originalBand : null);
    }

    /** The worse of the current and, when re-baselined, the original deviation. */
    public BigDecimal effectiveDeviation() {
        if (rebaselined && originalDeviation != null && (deviation == null || originalDeviation.compareTo(deviation) < 0)) {
            return originalDeviation;
        }
        return deviation;
    }

    /**
     * Whether a checkpoint needs attention in the review and a 5 Whys in the retrospective: its deviation is
     * CONTROLLABLE or MAJOR, against the current plan or (when re-baselined) against the original one.
     */
    public static boolean needsAttention(CheckpointResult checkpoint) {
        Band effective = worse(checkpoint.band(), checkpoint.rebaselined() ? checkpoint.originalBand() : null);
        return effective == Band.CONTROLLABLE || effective == Band.MAJOR;
    }

    /** Bands are declared from best (EXCEEDED) to worst (MAJOR). */
    static Band worse(Band a, Band b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
