package com.lastmile.web.json;

import com.lastmile.core.eval.Explanation;

/** The achievement formulas as people read them. */
final class Formulas {

    static final String WEIGHTED_MEAN = "Σ(weight × progress) / Σ weight";

    private Formulas() {
    }

    static String text(Explanation.Formula formula) {
        return switch (formula) {
            case AGAINST_BASELINE -> "(actual − baseline) / (target − baseline)";
            case AGAINST_ZERO -> "actual / target";
        };
    }
}
