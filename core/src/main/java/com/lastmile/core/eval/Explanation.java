package com.lastmile.core.eval;

import com.lastmile.core.model.StatusCategory;
import java.math.BigDecimal;
import java.util.List;

/** Why an item has the progress it has: every progress value carries one. */
public sealed interface Explanation {

    /** Progress from the item's own metric: achievement clamped to [0, 1]. */
    record FromMetric(Formula formula, BigDecimal actual, BigDecimal baseline, BigDecimal target,
                      BigDecimal achievement, boolean clamped) implements Explanation {
    }

    /**
     * Progress as the weighted mean of the children's progress. The evaluator hands in lists that build their
     * {@link Contribution}s and {@link Exclusion}s from its own arrays when first read (a million children need
     * none of them until an explanation is shown); any other list is copied.
     */
    record FromChildren(List<Contribution> contributions, List<Exclusion> excluded, BigDecimal totalWeight)
            implements Explanation {

        public FromChildren {
            contributions = ChildLists.immutable(contributions);
            excluded = ChildLists.immutable(excluded);
        }
    }

    /** Progress of a work item without measurable children: 1 when done, else 0. */
    record FromStatus(StatusCategory category) implements Explanation {

        private static final FromStatus TODO = new FromStatus(StatusCategory.TODO);
        private static final FromStatus IN_PROGRESS = new FromStatus(StatusCategory.IN_PROGRESS);
        private static final FromStatus DONE = new FromStatus(StatusCategory.DONE);

        /** Shared instances: most items of a large tree are leaves. */
        public static FromStatus of(StatusCategory category) {
            return switch (category) {
                case TODO -> TODO;
                case IN_PROGRESS -> IN_PROGRESS;
                case DONE -> DONE;
            };
        }
    }

    /** No progress; the item is left out of its parent's mean. */
    record NoProgress(Reason reason) implements Explanation {
    }

    /** How a metric's achievement was computed. */
    enum Formula {
        /** (actual − baseline) / (target − baseline) */
        AGAINST_BASELINE,
        /** actual / target: an increase metric without baseline */
        AGAINST_ZERO
    }

    /** Where a child's weight came from. */
    enum WeightBasis {
        WEIGHT,
        STORY_POINTS,
        EQUAL
    }

    /** Why a child was left out of a mean. */
    enum ExclusionReason {
        NO_PROGRESS,
        UNESTIMATED
    }

    /** Why an item has no progress. */
    enum Reason {
        /** A goal with neither a metric nor measurable children. */
        NOT_MEASURABLE,
        /** A metric with no actual yet and no measurable children. */
        NO_ACTUAL,
        /** The metric's definition is invalid (see its findings) and no children are measurable. */
        INVALID_METRIC,
        /** The item is part of a parent cycle. */
        IN_CYCLE
    }

    record Contribution(String key, BigDecimal progress, BigDecimal weight, WeightBasis basis) {
    }

    record Exclusion(String key, ExclusionReason reason) {
    }
}
