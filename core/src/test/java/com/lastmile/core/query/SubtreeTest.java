package com.lastmile.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubtreeTest {

    private static Item item(String key, String parent) {
        return Item.builder(key, ItemType.TACTIC).parent(parent).build();
    }

    private static List<String> keys(List<Item> items) {
        return items.stream().map(Item::key).toList();
    }

    @Test
    void keepsTheRootAndItsDescendantsInTheOriginalOrder() {
        List<Item> items = List.of(item("C2", "B"), item("A", null), item("B", "A"), item("X", null),
                item("C1", "B"), item("D", "C1"), item("Y", "X"));
        assertThat(keys(Subtree.of(items, "B"))).containsExactly("C2", "B", "C1", "D");
        assertThat(keys(Subtree.of(items, "A"))).containsExactly("C2", "A", "B", "C1", "D");
    }

    @Test
    void anUnknownRootGivesNothing() {
        assertThat(Subtree.of(List.of(item("A", null)), "Z")).isEmpty();
    }

    @Test
    void aParentCycleIsWalkedOnce() {
        List<Item> items = List.of(item("A", "C"), item("B", "A"), item("C", "B"), item("D", "B"));
        assertThat(keys(Subtree.of(items, "B"))).containsExactly("A", "B", "C", "D");
    }
}
