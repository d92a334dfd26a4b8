package com.lastmile.core.rules;

import static com.lastmile.core.Fixtures.dec;
import static com.lastmile.core.Fixtures.decrease;
import static com.lastmile.core.Fixtures.increase;
import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.core.model.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeviationTest {

    private static final Settings DEFAULTS = Settings.defaults();

    @ParameterizedTest(name = "planned {0}, actual {1} -> {2}")
    @CsvSource({
            "20, 21, NORMAL",        // +5 % exactly: still normal
            "20, 21.0001, EXCEEDED", // just above +5 %
            "20, 19, NORMAL",        // −5 % exactly: boundary inclusive
            "20, 18.9999, CONTROLLABLE",
            "20, 17, CONTROLLABLE",  // −15 % exactly: boundary inclusive
            "20, 16.9999, MAJOR",
            "8, 6, MAJOR",           // −25 %
            "100, 100, NORMAL",
            "3, 2.9, NORMAL"         // −3.33…%: bands are decided exactly, not on a rounded quotient
    })
    void bandsOfAnIncreaseMetric(String planned, String actual, Band expected) {
        assertThat(Deviation.of(dec(planned), dec(actual), increase("0", "100", null)).band(DEFAULTS))
                .isEqualTo(expected);
    }

    @Test
    void deviationIsAFraction() {
        assertThat(Deviation.of(dec("8"), dec("6"), increase("0", "50", null)).value()).isEqualByComparingTo("-0.25");
    }

    @Test
    void decreaseMetricFlipsTheSign() {
        // planned 20 days, actual 23 days: 15 % worse
        Deviation worse = Deviation.of(dec("20"), dec("23"), decrease("30", "15", null));
        assertThat(worse.value()).isEqualByComparingTo("-0.15");
        assertThat(worse.band(DEFAULTS)).isEqualTo(Band.CONTROLLABLE);
        Deviation better = Deviation.of(dec("20"), dec("18"), decrease("30", "15", null));
        assertThat(better.value()).isEqualByComparingTo("0.1");
        assertThat(better.band(DEFAULTS)).isEqualTo(Band.EXCEEDED);
    }

    @Test
    void plannedZeroDividesByTheMetricSpan() {
        // |target − baseline| = 40
        Deviation deviation = Deviation.of(dec("0"), dec("-10"), increase("10", "50", null));
        assertThat(deviation.value()).isEqualByComparingTo("-0.25");
        assertThat(deviation.band(DEFAULTS)).isEqualTo(Band.MAJOR);
    }

    @Test
    void plannedZeroWithoutSpanDividesByOne() {
        assertThat(Deviation.of(dec("0"), dec("0.03"), increase("5", "5", null)).value()).isEqualByComparingTo("0.03");
        assertThat(Deviation.of(dec("0"), dec("-2"), null).value()).isEqualByComparingTo("-2");
    }

    @Test
    void negativePlannedUsesItsMagnitude() {
        assertThat(Deviation.of(dec("-10"), dec("-12"), increase(null, "5", null)).value())
                .isEqualByComparingTo("-0.2");
    }

    @Test
    void thresholdsAreConfigurable() {
        Settings strict = DEFAULTS.withThresholds(dec("2"), dec("10"));
        Deviation threePercentBehind = Deviation.of(dec("100"), dec("97"), null);
        assertThat(threePercentBehind.band(DEFAULTS)).isEqualTo(Band.NORMAL);
        assertThat(threePercentBehind.band(strict)).isEqualTo(Band.CONTROLLABLE);
        assertThat(Deviation.of(dec("100"), dec("89"), null).band(strict)).isEqualTo(Band.MAJOR);
    }
}
