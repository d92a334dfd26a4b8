package com.lastmile.connector.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.OriginalPlan;
import com.lastmile.core.model.Person;
import com.lastmile.core.model.Raci;
import com.lastmile.core.model.Settings;
import com.lastmile.core.model.Verification;
import com.lastmile.core.model.Workspace;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads a generated workspace of a million items in a 2 GiB heap (the surefire execution {@code large-workspace}
 * runs this class alone with {@code -Xmx2g}), proving that the reader streams.
 */
class LargeWorkspaceLoadTest {

    private static final int ITEMS = 1_000_000;
    private static final int BLOCK = 50;
    private static final int OWNERS = 500;
    private static final long TWO_GIB = 2L << 30;
    private static final List<String> STATUSES = List.of("To Do", "In Progress", "In Review", "Done", "已完成");

    @Test
    void loadsAMillionItems(@TempDir Path directory) throws IOException {
        assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx2g (surefire execution large-workspace)")
                .isLessThanOrEqualTo(TWO_GIB);
        Path file = directory.resolve("million.yaml");
        List<Person> people = IntStream.range(0, OWNERS).mapToObj(i -> new Person(owner(i), "负责人 " + i, i % 50 != 0))
                .toList();

        long writeStart = System.nanoTime();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Iterable<Item> generated = () -> IntStream.range(0, ITEMS).mapToObj(LargeWorkspaceLoadTest::item).iterator();
            new WorkspaceWriter().write(Settings.defaults(), people, generated, out);
        }
        long written = System.nanoTime();
        Workspace workspace = new WorkspaceReader().read(file);
        long read = System.nanoTime();

        System.out.printf("LargeWorkspaceLoadTest: %,d items, %,d bytes; written in %.1f s, read in %.1f s%n",
                ITEMS, Files.size(file), (written - writeStart) / 1e9, (read - written) / 1e9);
        assertThat(workspace.items()).hasSize(ITEMS);
        assertThat(workspace.people()).hasSize(OWNERS);
        for (int index : new int[] {0, 1, 2, 3, 4, 5, 27, 49, 500_002, ITEMS - 48, ITEMS - 1}) {
            assertThat(workspace.items().get(index)).isEqualTo(item(index));
        }
        Map<ItemType, Long> types = workspace.items().stream()
                .collect(Collectors.groupingBy(Item::type, Collectors.counting()));
        assertThat(types).containsEntry(ItemType.STRATEGIC_GOAL, 20_000L).containsEntry(ItemType.CHECKPOINT, 40_000L)
                .containsEntry(ItemType.EPIC, 40_000L);
        BigDecimal points = workspace.items().stream().map(Item::points).filter(p -> p != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(points).isEqualTo(IntStream.range(0, ITEMS).mapToObj(LargeWorkspaceLoadTest::item).map(Item::points)
                .filter(p -> p != null).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * The item at {@code index}, in blocks of 50: a strategic goal, a campaign with two checkpoints, and two epics
     * with 22 stories, tasks and bugs each.
     */
    private static Item item(int index) {
        int block = index / BLOCK;
        int offset = index % BLOCK;
        int base = block * BLOCK;
        Function<Integer, String> key = at -> "LM-" + (base + at + 1);
        String owner = owner(block % OWNERS);
        return switch (offset) {
            case 0 -> Item.builder(key.apply(0), ItemType.STRATEGIC_GOAL)
                    .summary("战略目标 " + block + ": 新业务线年度签约")
                    .status("In Progress")
                    .raci(new Raci(List.of(owner(block % 7)), List.of(owner), List.of(), List.of(owner(1))))
                    .metric(new Metric("签约客户", "家", Direction.INCREASE, BigDecimal.ZERO,
                            BigDecimal.valueOf(50 + block % 7), BigDecimal.valueOf(60 + block % 7),
                            new BigDecimal(block % 60 + ".5"), true))
                    .build();
            case 1 -> Item.builder(key.apply(1), ItemType.CAMPAIGN)
                    .parent(key.apply(0))
                    .summary("Campaign " + block + ": win the east region")
                    .raci(new Raci(List.of(owner), List.of(owner((block + 1) % OWNERS)), List.of(), List.of()))
                    .metric(new Metric("签约客户", "家", Direction.INCREASE, null, BigDecimal.valueOf(25), null,
                            BigDecimal.valueOf(block % 30), true))
                    .build();
            case 2 -> Item.builder(key.apply(2), ItemType.CHECKPOINT)
                    .parent(key.apply(1))
                    .due(LocalDate.of(2026, 1 + block % 12, 28))
                    .checkpoint(new CheckpointData(BigDecimal.valueOf(8), BigDecimal.valueOf(block % 10),
                            new OriginalPlan(BigDecimal.valueOf(10), LocalDate.of(2026, 1 + block % 12, 1)),
                            new Verification(5, block % 6, owner, "抽查合同"), "行业客户决策链长",
                            List.of(key.apply(4))))
                    .build();
            case 3 -> Item.builder(key.apply(3), ItemType.CHECKPOINT)
                    .parent(key.apply(1))
                    .due(LocalDate.of(2027, 1 + block % 12, 15))
                    .checkpoint(new CheckpointData(BigDecimal.valueOf(20), null, null, null, null, List.of()))
                    .build();
            case 4, 27 -> Item.builder(key.apply(offset), ItemType.EPIC)
                    .parent(key.apply(1))
                    .summary("Epic " + index + " 标准化方案模板")
                    .weight(BigDecimal.valueOf(1 + offset % 3))
                    .raci(new Raci(List.of(owner), List.of(owner), List.of(), List.of()))
                    .visibleTo(offset == 27 ? List.of(owner, owner(0)) : List.of())
                    .build();
            default -> Item.builder(key.apply(offset), offset % 5 == 0 ? ItemType.BUG
                            : offset < 27 ? ItemType.STORY : ItemType.TASK)
                    .parent(key.apply(offset < 27 ? 4 : 27))
                    .summary("As a sales lead I want quote template " + index)
                    .status(STATUSES.get(index % STATUSES.size()))
                    .points(index % 9 == 0 ? null : BigDecimal.valueOf(index % 8 + 1))
                    .build();
        };
    }

    private static String owner(int number) {
        return "owner." + number;
    }
}
