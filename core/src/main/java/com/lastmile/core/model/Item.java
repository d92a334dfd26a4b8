package com.lastmile.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One issue of the strategy tree, as it exists in Jira or in a workspace file.
 *
 * @param key issue key, unique in a scope
 * @param parent key of the item this one contributes to (link, epic link or sub-task parent), or null
 * @param statusCategory never null
 * @param weight explicit roll-up weight (not negative), or null
 * @param points story points (not negative), or null
 * @param checkpoint checkpoint fields, only on Checkpoint items
 * @param visibleTo when not empty, only these people may browse this item and everything below it
 */
public record Item(String key, ItemType type, String summary, String parent, String status,
                   StatusCategory statusCategory, BigDecimal weight, BigDecimal points, LocalDate due,
                   Raci raci, Metric metric, CheckpointData checkpoint, List<String> visibleTo) {

    public Item {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(statusCategory, "statusCategory");
        if (weight != null && weight.signum() < 0 || points != null && points.signum() < 0) {
            throw new IllegalArgumentException("item " + key + ": weight and points must not be negative");
        }
        summary = summary == null ? "" : summary;
        visibleTo = visibleTo == null ? List.of() : List.copyOf(visibleTo);
    }

    public boolean isDone() {
        return statusCategory == StatusCategory.DONE;
    }

    public Item withMetric(Metric newMetric) {
        return new Item(key, type, summary, parent, status, statusCategory, weight, points, due, raci, newMetric,
                checkpoint, visibleTo);
    }

    public Item withCheckpoint(CheckpointData newCheckpoint) {
        return new Item(key, type, summary, parent, status, statusCategory, weight, points, due, raci, metric,
                newCheckpoint, visibleTo);
    }

    /** Starts an item of the given key and type; the builder keeps tests and adapters readable. */
    public static Builder builder(String key, ItemType type) {
        return new Builder(key, type);
    }

    /** Mutable builder for {@link Item}. */
    public static final class Builder {
        private final String key;
        private final ItemType type;
        private String summary;
        private String parent;
        private String status;
        private StatusCategory statusCategory;
        private BigDecimal weight;
        private BigDecimal points;
        private LocalDate due;
        private Raci raci;
        private Metric metric;
        private CheckpointData checkpoint;
        private List<String> visibleTo = List.of();

        private Builder(String key, ItemType type) {
            this.key = key;
            this.type = type;
        }

        public Builder summary(String value) { summary = value; return this; }
        public Builder parent(String value) { parent = value; return this; }
        public Builder status(String value) { status = value; return this; }
        public Builder statusCategory(StatusCategory value) { statusCategory = value; return this; }
        public Builder weight(BigDecimal value) { weight = value; return this; }
        public Builder points(BigDecimal value) { points = value; return this; }
        public Builder due(LocalDate value) { due = value; return this; }
        public Builder raci(Raci value) { raci = value; return this; }
        public Builder metric(Metric value) { metric = value; return this; }
        public Builder checkpoint(CheckpointData value) { checkpoint = value; return this; }
        public Builder visibleTo(List<String> value) { visibleTo = value; return this; }

        /** Builds the item; the status category is inferred from the status name when not given. */
        public Item build() {
            StatusCategory category = statusCategory != null ? statusCategory : StatusCategory.inferFrom(status);
            return new Item(key, type, summary, parent, status, category, weight, points, due, raci, metric,
                    checkpoint, visibleTo);
        }
    }
}
