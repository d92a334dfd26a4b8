package com.lastmile.core.property;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.Settings;
import com.lastmile.core.rules.Band;
import com.lastmile.core.rules.Deviation;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Property 6: deviation bands are monotone in the actual, direction-aware (DESIGN.md "Checkpoint deviation"). */
class DeviationBandPropertyTest {

    /** A plan, the goal's metric (or none: then an increase), the band thresholds and two actuals. */
    record Case(BigDecimal planned, Metric metric, Settings settings, BigDecimal actual, BigDecimal other) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Settings> settings = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Settings.defaults())),
                Tuple.of(2, Combinators.combine(
                                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("20")).ofScale(1),
                                Arbitraries.bigDecimals().between(new BigDecimal("0.1"), new BigDecimal("40"))
                                        .ofScale(1))
                        .as((normal, gap) -> Settings.defaults().withThresholds(normal, normal.add(gap)))));
        return Combinators.combine(StrategyTrees.decimals(), StrategyTrees.metrics().injectNull(0.2), settings)
                .flatAs((planned, metric, s) -> {
                    Arbitrary<BigDecimal> actual = actuals(planned, metric, s);
                    return Combinators.combine(actual, actual)
                            .as((a, b) -> new Case(planned, metric, s, a, b));
                });
    }

    /**
     * Arbitrary actuals, actuals at whole percentages of the plan, and actuals on and next to the band edges
     * (DESIGN.md's d: |planned|, else |target − baseline|, else 1), so the inclusive boundaries are hit exactly.
     */
    private static Arbitrary<BigDecimal> actuals(BigDecimal planned, Metric metric, Settings settings) {
        BigDecimal d = denominator(planned, metric);
        Arbitrary<BigDecimal> atPercent = Arbitraries.integers().between(-40, 40).map(BigDecimal::valueOf)
                .map(p -> planned.add(d.multiply(p).movePointLeft(2)));
        Arbitrary<BigDecimal> nearEdge = Combinators.combine(
                        Arbitraries.of(settings.normalPercent(), settings.controllablePercent()),
                        Arbitraries.of(1, -1),
                        Arbitraries.of("-1", "-0.1", "0", "0", "0.1", "1").map(BigDecimal::new))
                .as((edge, sign, offset) -> edge.multiply(BigDecimal.valueOf(sign)).add(offset))
                .map(p -> planned.add(d.multiply(p).movePointLeft(2)));
        return Arbitraries.frequencyOf(Tuple.of(1, StrategyTrees.decimals()), Tuple.of(1, atPercent),
                Tuple.of(2, nearEdge));
    }

    private static BigDecimal denominator(BigDecimal planned, Metric metric) {
        if (planned.signum() != 0) {
            return planned.abs();
        }
        BigDecimal span = metric == null ? BigDecimal.ZERO
                : metric.target().subtract(metric.baseline() == null ? BigDecimal.ZERO : metric.baseline()).abs();
        return span.signum() != 0 ? span : BigDecimal.ONE;
    }

    static int rank(Band band) {
        return switch (band) {
            case MAJOR -> 0;
            case CONTROLLABLE -> 1;
            case NORMAL -> 2;
            case EXCEEDED -> 3;
        };
    }

    /** A larger actual never gives a worse band for an increase metric; a smaller one never for a decrease metric. */
    @Property
    void betterActualNeverGivesAWorseBand(@ForAll("cases") Case c) {
        BigDecimal lower = c.actual().min(c.other());
        BigDecimal higher = c.actual().max(c.other());
        boolean increase = c.metric() == null || c.metric().direction() == Direction.INCREASE;
        BigDecimal worse = increase ? lower : higher;
        BigDecimal better = increase ? higher : lower;
        Band worseBand = Deviation.of(c.planned(), worse, c.metric()).band(c.settings());
        Band betterBand = Deviation.of(c.planned(), better, c.metric()).band(c.settings());
        assertThat(rank(betterBand))
                .as("%s actual %s gives %s but the better actual %s gives %s (planned %s, metric %s, bands %s/%s %%)",
                        increase ? "increase" : "decrease", worse, worseBand, better, betterBand, c.planned(),
                        c.metric(), c.settings().normalPercent(), c.settings().controllablePercent())
                .isGreaterThanOrEqualTo(rank(worseBand));
    }

    /** Mirror: for a decrease metric, actual a gets the band of the reflected actual 2 × planned − a when increasing. */
    @Property(tries = 500)
    void decreaseIsTheMirrorOfIncrease(@ForAll("cases") Case c) {
        Metric metric = c.metric() == null
                ? new Metric("m", "", Direction.DECREASE, BigDecimal.ZERO, BigDecimal.TEN, null, null, false)
                : c.metric();
        Metric decrease = new Metric(metric.name(), metric.unit(), Direction.DECREASE, metric.baseline(),
                metric.target(), metric.stretch(), metric.actual(), metric.additive());
        Metric increase = new Metric(metric.name(), metric.unit(), Direction.INCREASE, metric.baseline(),
                metric.target(), metric.stretch(), metric.actual(), metric.additive());
        BigDecimal reflected = c.planned().multiply(BigDecimal.valueOf(2)).subtract(c.actual());
        assertThat(Deviation.of(c.planned(), c.actual(), decrease).band(c.settings()))
                .as("planned %s actual %s (reflected %s), metric %s", c.planned(), c.actual(), reflected, metric)
                .isEqualTo(Deviation.of(c.planned(), reflected, increase).band(c.settings()));
    }
}
