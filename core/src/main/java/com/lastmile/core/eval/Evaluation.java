package com.lastmile.core.eval;

import com.lastmile.core.finding.Finding;
import com.lastmile.core.finding.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation of a scope on an as-of date, as one viewer sees it.
 *
 * @param items every item of the tree (checkpoints and retrospectives excluded), in scope order
 * @param checkpoints every checkpoint, in scope order
 * @param findings in scope order of their items, scope-wide findings last
 */
public record Evaluation(Scope scope, LocalDate asOf, List<ItemResult> items, List<CheckpointResult> checkpoints,
                         List<Finding> findings) {

    public Evaluation {
        items = Collections.unmodifiableList(items);
        checkpoints = Collections.unmodifiableList(checkpoints);
        findings = Collections.unmodifiableList(findings);
    }

    public String viewer() {
        return scope.viewer();
    }

    public int hidden() {
        return scope.hidden();
    }

    public Optional<ItemResult> item(String key) {
        return items.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /** The checkpoints of each goal, in scope order. */
    public Map<String, List<CheckpointResult>> checkpointsByGoal() {
        Map<String, List<CheckpointResult>> byGoal = new HashMap<>();
        for (CheckpointResult checkpoint : checkpoints) {
            if (checkpoint.goal() != null) {
                byGoal.computeIfAbsent(checkpoint.goal(), k -> new ArrayList<>()).add(checkpoint);
            }
        }
        return byGoal;
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
