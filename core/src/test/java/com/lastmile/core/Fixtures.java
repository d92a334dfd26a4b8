package com.lastmile.core;

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
import java.util.List;

/** Small builders that keep the rule tests readable. */
public final class Fixtures {

    public static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

    private Fixtures() {
    }

    public static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    public static Metric increase(String baseline, String target, String actual) {
        return new Metric("customers", "", Direction.INCREASE, baseline == null ? null : dec(baseline), dec(target),
                null, actual == null ? null : dec(actual), false);
    }

    public static Metric decrease(String baseline, String target, String actual) {
        return new Metric("cost", "days", Direction.DECREASE, baseline == null ? null : dec(baseline), dec(target),
                null, actual == null ? null : dec(actual), false);
    }

    public static Raci raci(String accountable, String... responsible) {
        return new Raci(List.of(responsible), accountable == null ? List.of() : List.of(accountable), List.of(),
                List.of());
    }

    public static Item.Builder goal(String key, ItemType type, String parent) {
        return Item.builder(key, type).parent(parent).summary(key).raci(raci("boss", "doer"));
    }

    public static Item story(String key, String parent, String status, String points) {
        return Item.builder(key, ItemType.STORY).parent(parent).status(status)
                .points(points == null ? null : dec(points)).build();
    }

    public static Item checkpoint(String key, String goal, LocalDate due, String planned, String actual) {
        return Item.builder(key, ItemType.CHECKPOINT).parent(goal).due(due)
                .checkpoint(new CheckpointData(planned == null ? null : dec(planned),
                        actual == null ? null : dec(actual), null, null, null, List.of()))
                .build();
    }

    public static CheckpointData checkpointData(String planned, String actual, OriginalPlan original,
                                                Verification verification, String cause, List<String> actions) {
        return new CheckpointData(planned == null ? null : dec(planned), actual == null ? null : dec(actual),
                original, verification, cause, actions);
    }

    public static List<Person> people() {
        return List.of(new Person("boss", "Boss", true), new Person("doer", "Doer", true),
                new Person("ceo", "CEO", true), new Person("staff", "Staff", true));
    }

    public static Workspace workspace(Item... items) {
        return new Workspace(Settings.defaults(), people(), List.of(items));
    }
}
