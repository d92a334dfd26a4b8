package com.lastmile.core.property;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of random strategy trees (workspaces) for the property tests, and an independent oracle of
 * what a viewer may browse.
 *
 * <p>Keys are fixed-width ({@code LM-001}, {@code NX-001}) and summaries are distinct from keys
 * ({@code Title LM_001}), so that no key or summary is a substring of another and a plain
 * {@code contains} check finds a leak.
 */
final class StrategyTrees {

    static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

    /** The fixed people: eve is inactive; ghost is named in some RACI fields but is nobody. */
    static final List<String> PEOPLE = List.of("ann", "bob", "cyd", "dan", "eve");
    static final String GHOST = "ghost";

    static final int MAX_ITEMS = 60;

    private StrategyTrees() {
    }

    /** How the free-link generator rewires an item's parent. */
    enum LinkMode { KEEP, ANY, MISSING, NONE }

    /** What a checkpoint records; action picks resolve to keys of the built tree (negative: a missing key). */
    record CheckpointSpec(BigDecimal planned, BigDecimal actual, OriginalPlan original, Verification verification,
                          String cause, List<Integer> actionPicks) {
    }

    /** Everything about one item but its key and its parent, which are resolved when the tree is built. */
    record Spec(ItemType type, int parentPick, boolean root, String status, BigDecimal weight, BigDecimal points,
                LocalDate due, Raci raci, Metric metric, CheckpointSpec checkpoint, List<String> visibleTo,
                LinkMode link, int linkTarget) {
    }

    private record Common(ItemType type, int parentPick, boolean root, String status, BigDecimal weight,
                          BigDecimal points, LocalDate due, Raci raci) {
    }

    static List<Person> people() {
        return PEOPLE.stream().map(id -> new Person(id, id.toUpperCase(), !id.equals("eve"))).toList();
    }

    // ---------------------------------------------------------------- workspaces

    /** Valid trees: every parent exists and sits at a lower level; no cycles. Items are listed parents first. */
    static Arbitrary<Workspace> validWorkspaces() {
        return workspaces(false);
    }

    /** Trees whose parent links were partly rewired at random: cycles, self-parents, unknown parents. */
    static Arbitrary<Workspace> freeLinkWorkspaces() {
        return workspaces(true);
    }

    /** Either kind. */
    static Arbitrary<Workspace> anyWorkspaces() {
        return Arbitraries.oneOf(validWorkspaces(), freeLinkWorkspaces());
    }

    static Arbitrary<Workspace> workspaces(boolean freeLinks) {
        return Combinators.combine(settings(), specs(1, MAX_ITEMS))
                .as((settings, specs) -> new Workspace(settings, people(), build(specs, "LM-", freeLinks)));
    }

    static Arbitrary<List<Spec>> specs(int min, int max) {
        return spec().list().ofMinSize(min).ofMaxSize(max);
    }

    static Arbitrary<Settings> settings() {
        Arbitrary<Settings> custom = Combinators.combine(
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.TEN).ofScale(1),
                        Arbitraries.bigDecimals().between(new BigDecimal("0.1"), new BigDecimal("30")).ofScale(1),
                        Arbitraries.integers().between(1, 6))
                .as((normal, gap, limit) -> new Settings(normal, normal.add(gap), Settings.defaultRaciRequiredOn(),
                        limit));
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Settings.defaults())), Tuple.of(1, custom));
    }

    /**
     * Builds the items of a tree. Specs are placed parents first (by level, stable); each item's parent is picked
     * among the already placed items it may hang under. With {@code freeLinks}, some parent links are then
     * rewired to any key (itself included), to a missing key or to nothing.
     */
    static List<Item> build(List<Spec> specs, String keyPrefix, boolean freeLinks) {
        List<Spec> placed = specs.stream().sorted(Comparator.comparingInt(s -> rank(s.type()))).toList();
        int n = placed.size();
        List<String> keys = IntStream.range(0, n).mapToObj(i -> key(keyPrefix, i + 1)).toList();
        List<Item> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Spec spec = placed.get(i);
            String parent = validParent(placed, keys, i);
            if (freeLinks) {
                parent = switch (spec.link()) {
                    case KEEP -> parent;
                    case ANY -> keys.get(spec.linkTarget() % n);
                    case MISSING -> "GONE-" + spec.linkTarget() % 7;
                    case NONE -> null;
                };
            }
            items.add(item(spec, keys.get(i), parent, keys));
        }
        return items;
    }

    static String key(String prefix, int number) {
        return String.format("%s%03d", prefix, number);
    }

    static String summaryOf(String key) {
        return "Title " + key.replace('-', '_');
    }

    private static int rank(ItemType type) {
        return type.isAttachment() ? 6 : type.level();
    }

    private static String validParent(List<Spec> placed, List<String> keys, int i) {
        Spec spec = placed.get(i);
        ItemType type = spec.type();
        List<Integer> candidates = new ArrayList<>();
        for (int q = 0; q < i; q++) {
            ItemType up = placed.get(q).type();
            if (mayHangUnder(type, up)) {
                candidates.add(q);
            }
        }
        boolean mayBeRoot = type.isGoal() || type == ItemType.EPIC;
        if (candidates.isEmpty() || (mayBeRoot && spec.root())) {
            return null;
        }
        return keys.get(candidates.get(spec.parentPick() % candidates.size()));
    }

    private static boolean mayHangUnder(ItemType type, ItemType up) {
        return switch (type) {
            case STRATEGIC_GOAL -> false;
            case CAMPAIGN, TACTIC, EPIC -> up.isGoal() && up.level() < type.level();
            case STORY, TASK, BUG -> up == ItemType.EPIC || (up.isGoal() && up.level() == 2);
            case SUB_TASK -> up.isWork() && up.level() == 4;
            case CHECKPOINT, RETROSPECTIVE -> up.isGoal();
        };
    }

    private static Item item(Spec spec, String key, String parent, List<String> keys) {
        ItemType type = spec.type();
        Item.Builder builder = Item.builder(key, type)
                .summary(summaryOf(key))
                .parent(parent)
                .status(spec.status())
                .weight(spec.weight())
                .due(spec.due())
                .raci(spec.raci())
                .visibleTo(spec.visibleTo());
        if (type.isWork()) {
            builder.points(spec.points());
        }
        if (type.isGoal()) {
            builder.metric(spec.metric());
        }
        if (type == ItemType.CHECKPOINT) {
            CheckpointSpec c = spec.checkpoint();
            List<String> actions = c.actionPicks().stream()
                    .map(pick -> pick < 0 ? "GONE-" + (-pick) % 7 : keys.get(pick % keys.size()))
                    .toList();
            builder.checkpoint(new CheckpointData(c.planned(), c.actual(), c.original(), c.verification(),
                    c.cause(), actions));
        }
        return builder.build();
    }

    // ---------------------------------------------------------------- one item

    static Arbitrary<Spec> spec() {
        Arbitrary<Common> common = Combinators.combine(
                        types(),
                        Arbitraries.integers().between(0, 1000),
                        Arbitraries.of(true, false, false, false, false),
                        statuses(),
                        weights(),
                        points(),
                        dues(),
                        racis())
                .as(Common::new);
        return Combinators.combine(
                        common,
                        metrics().injectNull(0.3),
                        checkpoints(),
                        visibleTo(),
                        Arbitraries.frequency(Tuple.of(6, LinkMode.KEEP), Tuple.of(3, LinkMode.ANY),
                                Tuple.of(1, LinkMode.MISSING), Tuple.of(1, LinkMode.NONE)),
                        Arbitraries.integers().between(0, 1000))
                .as((c, metric, checkpoint, visibleTo, link, linkTarget) -> new Spec(c.type(), c.parentPick(),
                        c.root(), c.status(), c.weight(), c.points(), c.due(), c.raci(), metric, checkpoint, visibleTo,
                        link, linkTarget));
    }

    static Arbitrary<ItemType> types() {
        return Arbitraries.frequency(
                Tuple.of(2, ItemType.STRATEGIC_GOAL),
                Tuple.of(2, ItemType.CAMPAIGN),
                Tuple.of(2, ItemType.TACTIC),
                Tuple.of(3, ItemType.EPIC),
                Tuple.of(5, ItemType.STORY),
                Tuple.of(3, ItemType.TASK),
                Tuple.of(1, ItemType.BUG),
                Tuple.of(3, ItemType.SUB_TASK),
                Tuple.of(4, ItemType.CHECKPOINT),
                Tuple.of(1, ItemType.RETROSPECTIVE));
    }

    static Arbitrary<String> statuses() {
        return Arbitraries.of("To Do", "In Progress", "Done", "Closed", "Blocked", "Backlog", "已完成")
                .injectNull(0.1);
    }

    /** Explicit roll-up weights: mostly absent, else >= 0 (zero included). */
    static Arbitrary<BigDecimal> weights() {
        return Arbitraries.oneOf(
                        Arbitraries.integers().between(0, 5).map(BigDecimal::valueOf),
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.TEN).ofScale(2))
                .injectNull(0.6);
    }

    /** Story points: often absent, else >= 0. */
    static Arbitrary<BigDecimal> points() {
        return Arbitraries.oneOf(
                        Arbitraries.of(0, 1, 2, 3, 5, 8, 13).map(BigDecimal::valueOf),
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.TEN).ofScale(1))
                .injectNull(0.4);
    }

    /** Due dates from a small set, so ties (and undated checkpoints) are common. */
    static Arbitrary<LocalDate> dues() {
        return Arbitraries.of(-60, -30, -1, 0, 1, 30).map(AS_OF::plusDays).injectNull(0.2);
    }

    /** Arbitrary decimals: small integers (so equal values are common), wide integers, and fractions, any sign. */
    static Arbitrary<BigDecimal> decimals() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(-3, 12).map(BigDecimal::valueOf)),
                Tuple.of(3, Arbitraries.bigDecimals().between(new BigDecimal("-500"), new BigDecimal("2000"))
                        .ofScale(0)),
                Tuple.of(2, Arbitraries.bigDecimals().between(new BigDecimal("-100"), new BigDecimal("1000"))
                        .ofScale(2)),
                Tuple.of(1, Arbitraries.bigDecimals().between(new BigDecimal("-2"), new BigDecimal("3"))
                        .ofScale(7)));
    }

    static Arbitrary<Metric> metrics() {
        return Combinators.combine(
                        Arbitraries.of("customers", "revenue"),
                        Arbitraries.of("", "家"),
                        Arbitraries.of(Direction.values()),
                        decimals().injectNull(0.4),
                        decimals(),
                        decimals().injectNull(0.6),
                        decimals().injectNull(0.3),
                        Arbitraries.of(true, false))
                .as(Metric::new);
    }

    static Arbitrary<CheckpointSpec> checkpoints() {
        Arbitrary<OriginalPlan> original = Combinators.combine(decimals().injectNull(0.3), dues())
                .as(OriginalPlan::new).injectNull(0.6);
        Arbitrary<Verification> verification = Arbitraries.integers().between(0, 5)
                .flatMap(sampled -> Arbitraries.integers().between(0, sampled)
                        .map(passed -> new Verification(sampled, passed, "ann", null)))
                .injectNull(0.4);
        return Combinators.combine(
                        decimals().injectNull(0.2),
                        decimals().injectNull(0.3),
                        original,
                        verification,
                        Arbitraries.of("", " ", "long decision chains").injectNull(0.5),
                        Arbitraries.integers().between(-3, 1000).list().ofMaxSize(2))
                .as(CheckpointSpec::new);
    }

    static Arbitrary<Raci> racis() {
        Arbitrary<String> person = Arbitraries.frequency(Tuple.of(10, "ann"), Tuple.of(10, "bob"),
                Tuple.of(6, "cyd"), Tuple.of(6, "dan"), Tuple.of(2, "eve"), Tuple.of(1, GHOST));
        return Combinators.combine(
                        person.list().ofMaxSize(4),
                        Arbitraries.frequencyOf(Tuple.of(6, person.list().ofSize(1)),
                                Tuple.of(1, person.list().ofMaxSize(2))),
                        person.list().ofMaxSize(2),
                        person.list().ofMaxSize(2))
                .as(Raci::new)
                .injectNull(0.25);
    }

    /** Mostly unrestricted; else one to three of the fixed people. */
    static Arbitrary<List<String>> visibleTo() {
        Arbitrary<List<String>> some = Arbitraries.of(PEOPLE).set().ofMinSize(1).ofMaxSize(3)
                .map(set -> set.stream().sorted().toList());
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(List.of())), Tuple.of(1, some));
    }

    static Arbitrary<String> viewers() {
        return Arbitraries.of(PEOPLE);
    }

    // ---------------------------------------------------------------- oracle

    /**
     * The keys a viewer may browse, computed independently of the engine: an item is browsable when every item
     * reachable from it along parent links (itself, its ancestors, and the members of a cycle it runs into)
     * lets the viewer in; a parent key that names no item ends the walk.
     */
    static Set<String> browsableKeys(Workspace workspace, String viewer) {
        Map<String, Item> byKey = new HashMap<>();
        for (Item item : workspace.items()) {
            byKey.putIfAbsent(item.key(), item);
        }
        Set<String> browsable = new LinkedHashSet<>();
        for (Item item : workspace.items()) {
            Set<String> seen = new HashSet<>();
            boolean allowed = true;
            Item node = item;
            while (node != null && seen.add(node.key())) {
                allowed &= node.visibleTo().isEmpty() || node.visibleTo().contains(viewer);
                node = node.parent() == null ? null : byKey.get(node.parent());
            }
            if (allowed) {
                browsable.add(item.key());
            }
        }
        return browsable;
    }

    // ---------------------------------------------------------------- reporting

    /** A compact, one line per item, description of a workspace for failure messages. */
    static String describe(Workspace workspace) {
        return describe(workspace.items());
    }

    static String describe(List<Item> items) {
        return items.stream().map(StrategyTrees::describe).collect(Collectors.joining("\n  ", "\n  ", "\n"));
    }

    static String describe(Item item) {
        StringBuilder line = new StringBuilder();
        line.append(item.key()).append(' ').append(item.type().displayName());
        if (item.parent() != null) {
            line.append(" parent=").append(item.parent());
        }
        line.append(' ').append(item.statusCategory());
        if (item.weight() != null) {
            line.append(" weight=").append(item.weight().toPlainString());
        }
        if (item.points() != null) {
            line.append(" points=").append(item.points().toPlainString());
        }
        if (item.due() != null) {
            line.append(" due=").append(item.due());
        }
        if (!item.visibleTo().isEmpty()) {
            line.append(" visibleTo=").append(item.visibleTo());
        }
        Metric m = item.metric();
        if (m != null) {
            line.append(" metric{").append(m.direction()).append(" baseline=").append(m.baseline())
                    .append(" target=").append(m.target()).append(" stretch=").append(m.stretch())
                    .append(" actual=").append(m.actual()).append('}');
        }
        CheckpointData c = item.checkpoint();
        if (c != null) {
            line.append(" checkpoint{planned=").append(c.planned()).append(" actual=").append(c.actual());
            if (c.original() != null) {
                line.append(" original=").append(c.original());
            }
            if (c.verification() != null) {
                line.append(" verified=").append(c.verification().passed()).append('/')
                        .append(c.verification().sampled());
            }
            if (c.cause() != null) {
                line.append(" cause='").append(c.cause()).append('\'');
            }
            if (!c.actions().isEmpty()) {
                line.append(" actions=").append(c.actions());
            }
            line.append('}');
        }
        return line.toString();
    }
}
