package com.lastmile.connector.workspace;

import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.Raci;
import com.lastmile.core.model.StatusCategory;
import com.lastmile.core.model.Verification;
import java.util.List;

/** One item as a single-line flow mapping, with only the fields that are set. */
final class ItemYaml {

    private ItemYaml() {
    }

    static String of(Item item) {
        FlowMapping yaml = new FlowMapping()
                .text("key", item.key())
                .text("type", item.type().displayName())
                .text("summary", item.summary().isEmpty() ? null : item.summary())
                .text("parent", item.parent())
                .text("status", item.status());
        // the reader infers the category from the status, so only a category that differs needs saying
        if (item.statusCategory() != StatusCategory.inferFrom(item.status())) {
            yaml.yaml("statusCategory", WorkspaceSpelling.of(item.statusCategory()));
        }
        yaml.number("weight", item.weight()).number("points", item.points()).date("due", item.due());
        if (item.raci() != null) {
            yaml.mapping("raci", raci(item.raci()));
        }
        if (item.metric() != null) {
            yaml.mapping("metric", metric(item.metric()));
        }
        if (!item.visibleTo().isEmpty()) {
            yaml.list("visibleTo", item.visibleTo());
        }
        if (item.checkpoint() != null) {
            checkpoint(yaml, item.checkpoint());
        }
        return yaml.toString();
    }

    private static FlowMapping raci(Raci raci) {
        FlowMapping yaml = new FlowMapping();
        if (raci.accountable().size() == 1) {
            yaml.text("A", raci.accountable().get(0));
        } else {
            role(yaml, "A", raci.accountable());
        }
        role(yaml, "R", raci.responsible());
        role(yaml, "C", raci.consulted());
        role(yaml, "I", raci.informed());
        return yaml;
    }

    private static void role(FlowMapping yaml, String name, List<String> people) {
        if (!people.isEmpty()) {
            yaml.list(name, people);
        }
    }

    private static FlowMapping metric(Metric metric) {
        FlowMapping yaml = new FlowMapping()
                .text("name", metric.name())
                .text("unit", metric.unit().isEmpty() ? null : metric.unit())
                .yaml("direction", WorkspaceSpelling.of(metric.direction()))
                .number("baseline", metric.baseline())
                .number("target", metric.target())
                .number("stretch", metric.stretch())
                .number("actual", metric.actual());
        return metric.additive() ? yaml.yaml("additive", "true") : yaml;
    }

    private static void checkpoint(FlowMapping yaml, CheckpointData checkpoint) {
        yaml.number("planned", checkpoint.planned()).number("actual", checkpoint.actual());
        if (checkpoint.original() != null) {
            yaml.mapping("original", new FlowMapping()
                    .number("planned", checkpoint.original().planned())
                    .date("due", checkpoint.original().due()));
        }
        if (checkpoint.verification() != null) {
            Verification verification = checkpoint.verification();
            yaml.mapping("verification", new FlowMapping()
                    .number("sampled", verification.sampled())
                    .number("passed", verification.passed())
                    .text("by", verification.verifier())
                    .text("note", verification.note()));
        }
        yaml.text("cause", checkpoint.cause());
        if (!checkpoint.actions().isEmpty()) {
            yaml.list("actions", checkpoint.actions());
        }
    }
}
