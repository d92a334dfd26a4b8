package com.lastmile.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyIndexTest {

    private static List<Item> items(String... keys) {
        List<Item> items = new ArrayList<>();
        for (String key : keys) {
            items.add(Item.builder(key, ItemType.STORY).build());
        }
        return items;
    }

    @Test
    void findsJiraKeysAndOtherKeysAndNothingElse() {
        KeyIndex index = new KeyIndex(items("LM-1", "LM-20", "OPS-7", "goal.alpha", "LM-01", "X-0"));
        assertThat(index.position("LM-1")).isZero();
        assertThat(index.position("LM-20")).isEqualTo(1);
        assertThat(index.position("OPS-7")).isEqualTo(2);
        assertThat(index.position("goal.alpha")).isEqualTo(3);
        assertThat(index.position("LM-01")).isEqualTo(4);
        assertThat(index.position("X-0")).isEqualTo(5);
        assertThat(index.position("LM-2")).isEqualTo(KeyIndex.ABSENT);
        assertThat(index.position("LM-999999")).isEqualTo(KeyIndex.ABSENT);
        assertThat(index.position("NOPE-1")).isEqualTo(KeyIndex.ABSENT);
        assertThat(index.position("LM-")).isEqualTo(KeyIndex.ABSENT);
    }

    @Test
    void firstOfDuplicateKeysWins() {
        assertThat(new KeyIndex(items("LM-3", "LM-3", "a", "a")).position("LM-3")).isZero();
        assertThat(new KeyIndex(items("LM-3", "LM-3", "a", "a")).position("a")).isEqualTo(2);
    }

    @Test
    void manyProjectsAndSparseNumbersStillResolve() {
        List<String> keys = new ArrayList<>();
        for (int project = 0; project < 40; project++) {
            keys.add("P" + project + "-" + (project + 1));
        }
        keys.add("SPARSE-900000000");
        KeyIndex index = new KeyIndex(items(keys.toArray(String[]::new)));
        for (int i = 0; i < keys.size(); i++) {
            assertThat(index.position(keys.get(i))).as(keys.get(i)).isEqualTo(i);
        }
        assertThat(index.position("P39-1")).isEqualTo(KeyIndex.ABSENT);
    }
}
