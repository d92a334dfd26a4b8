package com.lastmile.core.property;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.Workspace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property 2: the evaluation does not depend on the order the items are listed in (Jira, its REST API and a
 * workspace file all deliver the same data in different orders; DESIGN.md "Ports and adapters").
 */
class OrderIndependencePropertyTest {

    @Provide
    Arbitrary<Workspace> validWorkspaces() {
        return StrategyTrees.validWorkspaces();
    }

    @Provide
    Arbitrary<Workspace> freeLinkWorkspaces() {
        return StrategyTrees.freeLinkWorkspaces();
    }

    @Provide
    Arbitrary<String> viewersOrEveryone() {
        return StrategyTrees.viewers().injectNull(0.4);
    }

    /** On valid (acyclic, every parent known) trees. */
    @Property(tries = 300)
    void validTreeEvaluationDoesNotDependOnItemOrder(@ForAll("validWorkspaces") Workspace workspace,
                                                     @ForAll("viewersOrEveryone") String viewer,
                                                     @ForAll Random random) {
        assertOrderDoesNotMatter(workspace, viewer, random);
    }

    /** On trees with cycles, self-parents and unknown parents. */
    @Property(tries = 300)
    void anyTreeEvaluationDoesNotDependOnItemOrder(@ForAll("freeLinkWorkspaces") Workspace workspace,
                                                   @ForAll("viewersOrEveryone") String viewer,
                                                   @ForAll Random random) {
        assertOrderDoesNotMatter(workspace, viewer, random);
    }

    /**
     * Compares the evaluation of the items as listed with that of the reversed list (a permutation that stays
     * stable while jqwik shrinks the workspace, so counterexamples come out small) and of a random shuffle.
     */
    private static void assertOrderDoesNotMatter(Workspace workspace, String viewer, Random random) {
        List<Item> reversed = new ArrayList<>(workspace.items());
        Collections.reverse(reversed);
        assertSameEvaluation(workspace, reorder(workspace, reversed), viewer);
        List<Item> shuffled = new ArrayList<>(workspace.items());
        Collections.shuffle(shuffled, random);
        assertSameEvaluation(workspace, reorder(workspace, shuffled), viewer);
    }

    private static Workspace reorder(Workspace workspace, List<Item> items) {
        return new Workspace(workspace.settings(), workspace.people(), items);
    }

    private static void assertSameEvaluation(Workspace original, Workspace shuffled, String viewer) {
        Evaluation expected = Views.evaluate(original, viewer);
        Evaluation actual = Views.evaluate(shuffled, viewer);
        List<String> differences = new ArrayList<>();
        differences.addAll(Views.differences("item", Views.items(expected), Views.items(actual)));
        differences.addAll(Views.differences("checkpoint", Views.checkpoints(expected), Views.checkpoints(actual)));
        differences.addAll(Views.differences("finding", Views.findingMultiset(expected),
                Views.findingMultiset(actual)));
        if (actual.hidden() != expected.hidden()) {
            differences.add("hidden: expected " + expected.hidden() + " but got " + actual.hidden());
        }
        assertThat(differences)
                .as("viewer %s; items as listed:%s reordered: %s", viewer,
                        StrategyTrees.describe(original), shuffled.items().stream().map(Item::key).toList())
                .isEmpty();
    }
}
