package com.lastmile.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lastmile.core.eval.CheckpointResult;
import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.Evaluator;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.finding.Finding;
import com.lastmile.core.finding.Rule;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Workspace;
import com.lastmile.core.rules.Band;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generator's contract: deterministic, the promised mix and shape, and data every rule has work on. */
class WorkspaceGeneratorTest {

    private static final int SIZE = 10_000;
    private static final Workspace WORKSPACE = WorkspaceGenerator.generate(SIZE, WorkspaceGenerator.DEFAULT_SEED);

    @Test
    void sameSeedSameWorkspace() {
        assertThat(WorkspaceGenerator.generate(SIZE, WorkspaceGenerator.DEFAULT_SEED)).isEqualTo(WORKSPACE);
        assertThat(WorkspaceGenerator.generate(SIZE, 7L)).isNotEqualTo(WORKSPACE);
    }

    @Test
    void exactSizeAndTypeMix() {
        Map<ItemType, Long> byType = WORKSPACE.items().stream()
                .collect(Collectors.groupingBy(Item::type, Collectors.counting()));
        assertThat(WORKSPACE.items()).hasSize(SIZE);
        assertThat(byType.get(ItemType.STRATEGIC_GOAL) + byType.get(ItemType.CAMPAIGN) + byType.get(ItemType.TACTIC))
                .isEqualTo(SIZE / 100);
        assertThat(byType.get(ItemType.CHECKPOINT)).isEqualTo(4L * SIZE / 100);
        assertThat(byType.get(ItemType.EPIC)).isEqualTo(SIZE / 20);
        assertThat(byType.get(ItemType.SUB_TASK)).isEqualTo(SIZE / 10);
        assertThat(byType.get(ItemType.STORY) + byType.get(ItemType.TASK)).isEqualTo(SIZE * 80L / 100);
        assertThat(WORKSPACE.people()).hasSize(WorkspaceGenerator.PEOPLE);
    }

    @Test
    void sequentialKeysWithParentsFirst() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < SIZE; i++) {
            Item item = WORKSPACE.items().get(i);
            assertThat(item.key()).isEqualTo("LM-" + (i + 1));
            if (item.parent() != null) {
                assertThat(seen).contains(item.parent());
            }
            seen.add(item.key());
        }
    }

    @Test
    void raciShapeOnGoalsAndEpics() {
        WORKSPACE.items().stream().map(Item::raci).filter(Objects::nonNull).forEach(raci -> {
            assertThat(raci.accountable()).hasSizeLessThanOrEqualTo(2);
            assertThat(raci.responsible()).hasSizeBetween(1, 3);
        });
        assertThat(WORKSPACE.items().stream().filter(i -> i.raci() != null).map(Item::type))
                .allMatch(t -> t.isGoal() || t == ItemType.EPIC);
    }

    @Test
    void evaluationExercisesEveryBandAndNoStructuralError() {
        Evaluation evaluation = Evaluator.evaluate(Scope.everything(WORKSPACE), WorkspaceGenerator.AS_OF);
        assertThat(evaluation.checkpoints().stream().map(CheckpointResult::band).filter(Objects::nonNull))
                .contains(Band.values());
        Map<Rule, Long> rules = evaluation.findings().stream()
                .collect(Collectors.groupingBy(Finding::rule, Collectors.counting()));
        assertThat(rules).containsKeys(Rule.DECOMPOSITION_GAP, Rule.CHECKPOINT_OVERDUE, Rule.RACI_REDUNDANT_ROLE)
                .doesNotContainKeys(Rule.HIERARCHY_CYCLE, Rule.HIERARCHY_LEVEL_ORDER, Rule.HIERARCHY_UNKNOWN_PARENT);
        assertThat(evaluation.checkpoints().stream().filter(CheckpointResult::rebaselined)).isNotEmpty();
    }

    @Test
    void outsiderMissesTheRestrictedSubtrees() {
        Scope outsider = Scope.asViewer(WORKSPACE, WorkspaceGenerator.OUTSIDER);
        assertThat(outsider.hidden()).isPositive().isLessThan(SIZE / 10);
        assertThat(WORKSPACE.items()).noneMatch(i -> i.visibleTo().contains(WorkspaceGenerator.OUTSIDER));
    }

    @Test
    void refusesTooSmallSizes() {
        assertThatThrownBy(() -> WorkspaceGenerator.generate(WorkspaceGenerator.MIN_ITEMS - 1, 1L))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
