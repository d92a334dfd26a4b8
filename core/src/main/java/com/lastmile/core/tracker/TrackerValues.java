package com.lastmile.core.tracker;

import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.StatusCategory;
import com.lastmile.core.model.Verification;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * How the values people keep in Last Mile's tracker fields become core's model, the same for every host that
 * reads them (the plugin in-process, the connector over REST). Field values arrive typed (text trimmed and blank
 * as null, numbers as decimals); what cannot be read is left out rather than guessed.
 */
public final class TrackerValues {

    private static final Set<String> DECREASE = Set.of("decrease", "lower", "down", "减少", "降低");
    private static final Set<String> YES = Set.of("yes", "true", "y", "1", "是");

    private TrackerValues() {
    }

    /** Jira's status category key ("new", "indeterminate", "done"); anything else, or none, is to-do. */
    public static StatusCategory statusCategory(String key) {
        if (key == null) {
            return StatusCategory.TODO;
        }
        return switch (key) {
            case "done" -> StatusCategory.DONE;
            case "indeterminate" -> StatusCategory.IN_PROGRESS;
            default -> StatusCategory.TODO;
        };
    }

    /** A metric needs a name and a target; the direction is increase unless the text says decrease. */
    public static Metric metric(String name, String unit, String direction, BigDecimal baseline, BigDecimal target,
                                BigDecimal stretch, BigDecimal actual, String additive) {
        if (name == null || target == null) {
            return null;
        }
        return new Metric(name, unit, isOneOf(direction, DECREASE) ? Direction.DECREASE : Direction.INCREASE,
                baseline, target, stretch, actual, isOneOf(additive, YES));
    }

    /**
     * A spot check needs a whole sample size; without a passed count none passed. An impossible one (a fraction,
     * passed above sampled) is left out, not guessed.
     */
    public static Verification verification(BigDecimal sampled, BigDecimal passed, String verifier, String note) {
        if (sampled == null) {
            return null;
        }
        try {
            return new Verification(sampled.intValueExact(), passed == null ? 0 : passed.intValueExact(), verifier,
                    note);
        } catch (ArithmeticException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Weights and points are never negative: a negative value counts as none. */
    public static BigDecimal nonNegative(BigDecimal value) {
        return value == null || value.signum() < 0 ? null : value;
    }

    private static boolean isOneOf(String text, Set<String> words) {
        return text != null && words.contains(text.toLowerCase(Locale.ROOT));
    }
}
