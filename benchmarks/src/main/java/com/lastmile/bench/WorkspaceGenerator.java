package com.lastmile.bench;

import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.OriginalPlan;
import com.lastmile.core.model.Person;
import com.lastmile.core.model.Raci;
import com.lastmile.core.model.Settings;
import com.lastmile.core.model.StatusCategory;
import com.lastmile.core.model.Verification;
import com.lastmile.core.model.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic generator of realistic strategy trees for benchmarks: the same size and seed always give the
 * same workspace. The shape follows a real site: a few Strategic Goals with metrics, Campaigns and Tactics that
 * mostly decompose their parent's metric (additive or not), Epics with RACI, Stories and Tasks (mostly
 * estimated, statuses mixed), Sub-tasks, and four quarterly Checkpoints under every goal with deviations across
 * all bands. Defects occur at small rates (orphans, RACI gaps, invalid metrics, overdue and failed checks) so
 * every rule does real work, and a few subtrees are restricted with {@code visibleTo}.
 *
 * <p>Item mix: 1 % goals (5 % of them Strategic Goals, 20 % Campaigns, the rest Tactics), 4 % checkpoints,
 * 5 % epics, 10 % sub-tasks, the remaining ~80 % stories and tasks. Keys run {@code LM-1..LM-n}, parents
 * before children.
 */
public final class WorkspaceGenerator {

    /** The smallest size that still has every item type. */
    public static final int MIN_ITEMS = 1000;

    /** The as-of date the checkpoints are laid out around: two quarters past, two to come. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);

    /** The seed the benchmarks use, so their numbers are comparable run to run. */
    public static final long DEFAULT_SEED = 20260401L;

    /** How many people the directory holds; the last two have left (inactive). */
    public static final int PEOPLE = 50;

    /** A staff member named in no {@code visibleTo} list: every restricted subtree is hidden from them. */
    public static final String OUTSIDER = "user01";

    private static final int INACTIVE = 2;
    private static final String[] PERSON_IDS = new String[PEOPLE];

    static {
        for (int p = 1; p <= PEOPLE; p++) {
            PERSON_IDS[p - 1] = String.format("user%02d", p);
        }
    }

    private static final LocalDate[] QUARTER_ENDS = {
            LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30),
            LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31)};
    private static final BigDecimal[] POINTS = {
            BigDecimal.valueOf(1), BigDecimal.valueOf(2), BigDecimal.valueOf(3),
            BigDecimal.valueOf(5), BigDecimal.valueOf(8), BigDecimal.valueOf(13)};
    private static final BigDecimal[] WEIGHTS = {BigDecimal.valueOf(1), BigDecimal.valueOf(2), BigDecimal.valueOf(3)};
    private static final Theme[] THEMES = {
            new Theme("Signed customers", "customers", Direction.INCREASE, null, 400, true),
            new Theme("Revenue", "M CNY", Direction.INCREASE, 0.0, 2000, true),
            new Theme("Operating cost", "M CNY", Direction.DECREASE, 1000.0, 800, true),
            new Theme("Churn rate", "%", Direction.DECREASE, 12.0, 8, false),
            new Theme("NPS", "points", Direction.INCREASE, 30.0, 50, false),
            new Theme("Delivery lead time", "days", Direction.DECREASE, 30.0, 20, false)};
    private static final String[] VERBS = {
            "Build", "Migrate", "Automate", "Redesign", "Launch", "Harden", "Simplify", "Measure", "Integrate",
            "Document"};
    private static final String[] OBJECTS = {
            "billing export", "partner onboarding", "contract approval", "search index", "mobile checkout",
            "audit trail", "pricing engine", "support triage", "data pipeline", "sales dashboard"};
    private static final String[] AREAS = {
            "East region", "key accounts", "SMB", "channel partners", "enterprise tier", "APAC",
            "the new business line"};

    /** A metric family: what Strategic Goals measure, and their descendants decompose. */
    private record Theme(String name, String unit, Direction direction, Double baseline, double target,
                         boolean additive) {
    }

    private final int size;
    private final SplittableRandom random;
    private final List<Item> items;
    private int nextKey = 1;

    private WorkspaceGenerator(int size, long seed) {
        this.size = size;
        this.random = new SplittableRandom(seed);
        this.items = new ArrayList<>(size);
    }

    /**
     * Generates a workspace of exactly {@code items} items.
     *
     * @throws IllegalArgumentException when {@code items} is below {@link #MIN_ITEMS}
     */
    public static Workspace generate(int items, long seed) {
        if (items < MIN_ITEMS) {
            throw new IllegalArgumentException("need at least " + MIN_ITEMS + " items, got " + items);
        }
        return new WorkspaceGenerator(items, seed).build();
    }

    private Workspace build() {
        int goals = size / 100;
        int strategic = Math.max(1, goals / 20);
        int campaigns = Math.max(1, goals / 5);
        int tactics = goals - strategic - campaigns;
        int epics = size / 20;
        int subTasks = size / 10;
        int work = size - 5 * goals - epics - subTasks;

        Item[] strategicGoals = new Item[strategic];
        for (int s = 0; s < strategic; s++) {
            strategicGoals[s] = add(strategicGoal(s));
        }
        Item[] campaignItems = new Item[campaigns];
        for (int c = 0; c < campaigns; c++) {
            Item parent = strategicGoals[c % strategic];
            campaignItems[c] = add(childGoal(ItemType.CAMPAIGN, parent, siblings(campaigns, strategic, c % strategic),
                    0.7, 0.4, restriction(0.03)));
        }
        Item[] goalItems = new Item[goals];
        System.arraycopy(strategicGoals, 0, goalItems, 0, strategic);
        System.arraycopy(campaignItems, 0, goalItems, strategic, campaigns);
        for (int t = 0; t < tactics; t++) {
            Item parent = chance(0.01) ? null : campaignItems[t % campaigns];
            goalItems[strategic + campaigns + t] = add(childGoal(ItemType.TACTIC, parent,
                    siblings(tactics, campaigns, t % campaigns), 0.5, 0.7, List.of()));
        }
        // epics are created right after the checkpoints, so a checkpoint can name one as corrective action
        int firstEpic = nextKey + QUARTER_ENDS.length * goals;
        for (Item goal : goalItems) {
            for (int q = 0; q < QUARTER_ENDS.length; q++) {
                add(checkpoint(goal, q, firstEpic, epics));
            }
        }
        String[] epicKeys = new String[epics];
        for (int e = 0; e < epics; e++) {
            epicKeys[e] = add(epic(goalItems, strategic, campaigns)).key();
        }
        String[] storyKeys = new String[work];
        for (int w = 0; w < work; w++) {
            storyKeys[w] = add(workItem(chance(0.75) ? ItemType.STORY : ItemType.TASK,
                    epicKeys[random.nextInt(epics)], 0.85)).key();
        }
        for (int s = 0; s < subTasks; s++) {
            add(workItem(ItemType.SUB_TASK, storyKeys[random.nextInt(work)], 0));
        }
        return new Workspace(Settings.defaults(), people(), items);
    }

    private Item add(Item item) {
        items.add(item);
        return item;
    }

    private String key() {
        return "LM-" + nextKey++;
    }

    /** How many of {@code total} children, dealt round-robin over {@code parents}, land on parent {@code p}. */
    private static int siblings(int total, int parents, int p) {
        return total / parents + (p < total % parents ? 1 : 0);
    }

    private Item strategicGoal(int s) {
        Theme theme = THEMES[s % THEMES.length];
        double scale = 0.5 + random.nextDouble() * 1.5;
        Double baseline = theme.baseline() == null ? null : theme.baseline() * (theme.additive() ? scale : 1);
        double target = theme.target() * (theme.additive() ? scale : 1);
        Metric metric = metric(theme.name(), theme.unit(), theme.direction(), baseline, target, theme.additive(), 0.6);
        return Item.builder(key(), ItemType.STRATEGIC_GOAL)
                .summary(theme.name() + " " + decimal(target, 0).toPlainString() + " " + theme.unit() + " in 2026")
                .status("In Progress").statusCategory(StatusCategory.IN_PROGRESS)
                .due(QUARTER_ENDS[3]).raci(raci()).metric(metric).build();
    }

    /**
     * A Campaign or Tactic. With probability {@code sameMeasure} it measures its parent's metric: its share of an
     * additive target (shares sum to 85–125 % of the parent's, so some decompositions have a gap), or the same
     * target for a rate. Otherwise it has no metric (progress from its children) or, now and then, a metric of
     * its own. With probability {@code withActual} a metric carries an actual.
     */
    private Item childGoal(ItemType type, Item parent, int siblings, double sameMeasure, double withActual,
                           List<String> visibleTo) {
        Metric parentMetric = parent == null ? null : parent.metric();
        Metric metric = null;
        if (parentMetric != null && chance(sameMeasure)) {
            double share = parentMetric.additive() ? (0.85 + random.nextDouble() * 0.4) / siblings : 1;
            Double baseline = parentMetric.baseline() == null ? null : parentMetric.baseline().doubleValue() * share;
            double target = parentMetric.target().doubleValue() * share;
            metric = metric(parentMetric.name(), parentMetric.unit(), parentMetric.direction(), baseline, target,
                    parentMetric.additive(), withActual);
        } else if (chance(0.3)) {
            Theme theme = THEMES[3 + random.nextInt(3)];
            // a decrease metric without baseline is a realistic data-entry error (METRIC_BASELINE_REQUIRED)
            Double baseline = chance(0.02) ? null : theme.baseline();
            metric = metric(theme.name(), theme.unit(), theme.direction(), baseline, theme.target(), false,
                    withActual);
        }
        StatusCategory category = chance(0.1) ? StatusCategory.DONE : StatusCategory.IN_PROGRESS;
        return Item.builder(key(), type)
                .summary(summary(type == ItemType.CAMPAIGN ? "Win " : "Drive "))
                .parent(parent == null ? null : reference(parent.key()))
                .status(statusName(category)).statusCategory(category)
                .weight(chance(0.2) ? WEIGHTS[random.nextInt(WEIGHTS.length)] : null)
                .due(QUARTER_ENDS[1 + random.nextInt(3)])
                .raci(raci()).metric(metric).visibleTo(visibleTo).build();
    }

    private Metric metric(String name, String unit, Direction direction, Double baseline, double target,
                          boolean additive, double withActual) {
        double from = baseline == null ? 0 : baseline;
        double span = target - from;
        BigDecimal stretch = chance(0.5) ? decimal(target + span * 0.2, 1) : null;
        // achievement from 10 % to 130 %: some behind, most on the way, a few over target
        BigDecimal actual = chance(withActual) ? decimal(from + span * (0.1 + random.nextDouble() * 1.2), 1) : null;
        return new Metric(name, unit, direction, baseline == null ? null : decimal(baseline, 1), decimal(target, 1),
                stretch, actual, additive);
    }

    /**
     * Quarter {@code q}'s checkpoint of a goal: planned on a straight line from baseline to target (or 25 % of
     * the plan per quarter without a metric). Past quarters mostly carry an actual whose deviation falls in
     * every band; future ones are pending.
     */
    private Item checkpoint(Item goal, int q, int firstEpic, int epics) {
        Metric metric = goal.metric();
        double planned;
        int sign;
        if (metric == null) {
            planned = 25.0 * (q + 1);
            sign = 1;
        } else {
            double from = metric.baseline() == null ? 0 : metric.baseline().doubleValue();
            planned = from + (metric.target().doubleValue() - from) * (q + 1) / QUARTER_ENDS.length;
            sign = metric.direction().sign();
        }
        LocalDate due = QUARTER_ENDS[q];
        BigDecimal actual = null;
        Verification verification = null;
        String cause = null;
        List<String> actions = List.of();
        if (due.isBefore(AS_OF) && chance(0.9)) {
            double deviation = deviation();
            actual = decimal(planned + sign * deviation * Math.abs(planned), 2);
            if (chance(0.6)) {
                int sampled = 5 + random.nextInt(6);
                verification = new Verification(sampled, chance(0.9) ? sampled : sampled - 1 - random.nextInt(2),
                        reference(personId(1 + random.nextInt(PEOPLE - INACTIVE))), null);
            }
            if (deviation < -0.05 && chance(0.7)) {
                cause = "Longer decision chain at " + AREAS[random.nextInt(AREAS.length)];
            }
            if (deviation < -0.15 && chance(0.6)) {
                actions = List.of("LM-" + (firstEpic + random.nextInt(epics)));
            }
        }
        OriginalPlan original = null;
        if (chance(0.1)) {
            original = chance(0.5)
                    ? new OriginalPlan(decimal(planned * 1.1, 2), due)
                    : new OriginalPlan(decimal(planned, 2), due.minusMonths(1));
        }
        StatusCategory category = actual == null ? StatusCategory.TODO : StatusCategory.DONE;
        return Item.builder(key(), ItemType.CHECKPOINT)
                .summary("Q" + (q + 1) + " 2026 check of " + goal.key())
                .parent(reference(goal.key())).status(statusName(category)).statusCategory(category).due(due)
                .checkpoint(new CheckpointData(decimal(planned, 2), actual, original, verification, cause, actions))
                .build();
    }

    /** A checkpoint deviation: 15 % exceeded, 50 % normal, 20 % controllable, 15 % major. */
    private double deviation() {
        double band = random.nextDouble();
        if (band < 0.15) {
            return 0.06 + random.nextDouble() * 0.14;
        }
        if (band < 0.65) {
            return -0.05 + random.nextDouble() * 0.10;
        }
        if (band < 0.85) {
            return -0.15 + random.nextDouble() * 0.095;
        }
        return -0.4 + random.nextDouble() * 0.24;
    }

    /** An epic under a Tactic (mostly), a Campaign (levels may be skipped) or, rarely, nothing (ORPHAN_EPIC). */
    private Item epic(Item[] goals, int strategic, int campaigns) {
        double where = random.nextDouble();
        String parent;
        if (where < 0.01) {
            parent = null;
        } else if (where < 0.11) {
            parent = goals[strategic + random.nextInt(campaigns)].key();
        } else {
            parent = goals[strategic + campaigns + random.nextInt(goals.length - strategic - campaigns)].key();
        }
        StatusCategory category = status(0.2, 0.6);
        return Item.builder(key(), ItemType.EPIC)
                .summary(summary(""))
                .parent(reference(parent)).status(statusName(category)).statusCategory(category)
                .due(chance(0.5) ? QUARTER_ENDS[random.nextInt(QUARTER_ENDS.length)] : null)
                .raci(chance(0.02) ? null : raci()).visibleTo(restriction(0.01)).build();
    }

    /** A story, task or sub-task, estimated with the given probability. */
    private Item workItem(ItemType type, String parent, double estimated) {
        StatusCategory category = status(0.35, 0.2);
        return Item.builder(key(), type)
                .summary(summary(""))
                .parent(reference(parent)).status(statusName(category)).statusCategory(category)
                .points(chance(estimated) ? POINTS[random.nextInt(POINTS.length)] : null).build();
    }

    /** One Accountable (rarely none or two), 1–3 Responsible (often including the Accountable), some C and I. */
    private Raci raci() {
        String accountable = person();
        List<String> accountables = chance(0.01) ? List.of()
                : chance(0.01) ? List.of(accountable, person()) : List.of(accountable);
        List<String> responsible = new ArrayList<>(3);
        if (chance(0.4)) {
            responsible.add(accountable);
        }
        int count = 1 + random.nextInt(3);
        while (responsible.size() < count) {
            String id = person();
            if (!responsible.contains(id)) {
                responsible.add(id);
            }
        }
        return new Raci(responsible, accountables, people(random.nextInt(3)), people(random.nextInt(3)));
    }

    /** With the given chance, a group of 3–6 managers (never the {@link #OUTSIDER}) who alone may browse a subtree. */
    private List<String> restriction(double probability) {
        if (!chance(probability)) {
            return List.of();
        }
        int count = 3 + random.nextInt(4);
        List<String> group = new ArrayList<>(count);
        while (group.size() < count) {
            String id = reference(personId(2 + random.nextInt(PEOPLE - INACTIVE - 1)));
            if (!group.contains(id)) {
                group.add(id);
            }
        }
        return group;
    }

    private List<String> people(int count) {
        List<String> ids = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            ids.add(person());
        }
        return ids;
    }

    /** An active person, now and then one who has left: RACI fields outlive employment. */
    private String person() {
        return reference(personId(1 + random.nextInt(chance(0.01) ? PEOPLE : PEOPLE - INACTIVE)));
    }

    private static List<Person> people() {
        List<Person> people = new ArrayList<>(PEOPLE);
        for (int p = 1; p <= PEOPLE; p++) {
            people.add(new Person(personId(p), "User " + p, p <= PEOPLE - INACTIVE));
        }
        return people;
    }

    private static String personId(int p) {
        return PERSON_IDS[p - 1];
    }

    /**
     * A reference to an item or a person as a loader reads it: a String of its own, not the target's instance,
     * which would turn every key comparison of the evaluator into an identity check.
     */
    private static String reference(String key) {
        return key == null ? null : new String(key.toCharArray());
    }

    private String summary(String prefix) {
        return prefix + VERBS[random.nextInt(VERBS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)]
                + " for " + AREAS[random.nextInt(AREAS.length)];
    }

    private StatusCategory status(double todo, double inProgress) {
        double roll = random.nextDouble();
        return roll < todo ? StatusCategory.TODO
                : roll < todo + inProgress ? StatusCategory.IN_PROGRESS : StatusCategory.DONE;
    }

    private static String statusName(StatusCategory category) {
        return switch (category) {
            case TODO -> "To Do";
            case IN_PROGRESS -> "In Progress";
            case DONE -> "Done";
        };
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A value as entered in Jira: a decimal with the given number of places. */
    private static BigDecimal decimal(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_EVEN);
    }
}
