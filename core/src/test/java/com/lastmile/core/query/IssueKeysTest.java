package com.lastmile.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueKeysTest {

    @Test
    void sortsByProjectThenNumberWithOddKeysLast() {
        List<String> keys = new ArrayList<>(List.of("LM-10", "ABC-3", "LM-2", "odd", "LM-010", "LM-9", "A-", "ABC-20"));
        keys.sort(IssueKeys.ORDER);
        assertThat(keys).containsExactly("ABC-3", "ABC-20", "LM-2", "LM-9", "LM-010", "LM-10", "A-", "odd");
    }

    @Test
    void isConsistentWithEquals() {
        assertThat(IssueKeys.ORDER.compare("LM-7", "LM-7")).isZero();
        assertThat(IssueKeys.ORDER.compare("LM-7", "LM-07")).isNotZero();
    }
}
