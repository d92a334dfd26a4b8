package com.lastmile.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A measurable metric of a goal. Only {@code name}, {@code direction} and {@code target} are required;
 * {@code baseline}, {@code stretch} and {@code actual} may be null.
 *
 * @param additive the children measuring the same metric (name and unit) are meant to add up to the target
 */
public record Metric(String name, String unit, Direction direction, BigDecimal baseline, BigDecimal target,
                     BigDecimal stretch, BigDecimal actual, boolean additive) {

    public Metric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(target, "target");
        unit = unit == null ? "" : unit;
    }

    /** Whether another metric measures the same thing: same name and unit. */
    public boolean sameMeasureAs(Metric other) {
        return name.equals(other.name) && unit.equals(other.unit);
    }

    public Metric withActual(BigDecimal newActual) {
        return new Metric(name, unit, direction, baseline, target, stretch, newActual, additive);
    }
}
