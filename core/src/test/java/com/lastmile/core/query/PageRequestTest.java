package com.lastmile.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    private static final List<Integer> TEN = IntStream.range(0, 10).boxed().toList();

    @Test
    void slicesFromTheOffsetAtMostLimitEntries() {
        assertThat(new PageRequest(2, 3).slice(TEN)).containsExactly(2, 3, 4);
        assertThat(new PageRequest(8, 5).slice(TEN)).containsExactly(8, 9);
    }

    @Test
    void pastTheEndOrLimitZeroIsEmpty() {
        assertThat(new PageRequest(10, 5).slice(TEN)).isEmpty();
        assertThat(new PageRequest(Integer.MAX_VALUE, PageRequest.MAX_LIMIT).slice(TEN)).isEmpty();
        assertThat(new PageRequest(0, 0).slice(TEN)).isEmpty();
    }

    @Test
    void theDefaultPageIsTheFirst200() {
        assertThat(PageRequest.first()).isEqualTo(new PageRequest(0, 200));
    }

    @Test
    void refusesANegativeOffsetAndALimitOutsideZeroToTheMaximum() {
        assertThatThrownBy(() -> new PageRequest(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRequest(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRequest(0, 1001)).isInstanceOf(IllegalArgumentException.class);
    }
}
