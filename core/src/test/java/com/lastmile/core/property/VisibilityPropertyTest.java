package com.lastmile.core.property;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.core.eval.CheckpointResult;
import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.Explanation.FromChildren;
import com.lastmile.core.eval.ItemResult;
import com.lastmile.core.finding.Finding;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Visibility (DESIGN.md: "items the viewer may not browse are left out of every number and every list, and the
 * response says how many were left out. Nothing about them (key, summary, value) leaks").
 */
class VisibilityPropertyTest {

    @Provide
    Arbitrary<Workspace> anyWorkspaces() {
        return StrategyTrees.anyWorkspaces();
    }

    @Provide
    Arbitrary<Workspace> validWorkspaces() {
        return StrategyTrees.validWorkspaces();
    }

    @Provide
    Arbitrary<List<StrategyTrees.Spec>> subtrees() {
        return StrategyTrees.specs(1, 8);
    }

    /**
     * Property 3: for every viewer, the evaluation names no key and no summary of an item the viewer may not
     * browse (items, checkpoints, explanations, findings, and the evaluation's whole toString()), and hidden()
     * counts exactly the items not browsable.
     */
    @Property(tries = 250)
    void restrictedItemsNeverLeak(@ForAll("anyWorkspaces") Workspace workspace) {
        for (String viewer : StrategyTrees.PEOPLE) {
            Set<String> browsable = StrategyTrees.browsableKeys(workspace, viewer);
            List<Item> hidden = workspace.items().stream().filter(i -> !browsable.contains(i.key())).toList();
            Set<String> secrets = new LinkedHashSet<>();
            hidden.forEach(i -> {
                secrets.add(i.key());
                secrets.add(i.summary());
            });
            Evaluation evaluation = Views.evaluate(workspace, viewer);
            String context = "viewer " + viewer + " may not browse " + hidden.stream().map(Item::key).toList()
                    + "; workspace" + StrategyTrees.describe(workspace);

            assertThat(evaluation.hidden()).as("hidden(); %s", context).isEqualTo(hidden.size());
            List<String> leaks = new ArrayList<>();
            for (ItemResult r : evaluation.items()) {
                leakIn("item", r.key(), secrets, leaks);
                if (r.explanation() instanceof FromChildren children) {
                    children.contributions().forEach(c -> leakIn(r.key() + " contribution", c.key(), secrets, leaks));
                    children.excluded().forEach(e -> leakIn(r.key() + " exclusion", e.key(), secrets, leaks));
                }
            }
            for (CheckpointResult c : evaluation.checkpoints()) {
                leakIn("checkpoint", c.key(), secrets, leaks);
                leakIn(c.key() + " goal", c.goal(), secrets, leaks);
            }
            for (Finding f : evaluation.findings()) {
                leakIn("finding key", f.key(), secrets, leaks);
                f.args().forEach(arg -> leakIn(f.key() + " " + f.rule() + " argument", arg, secrets, leaks));
            }
            leakIn("Evaluation.toString()", evaluation.toString(), secrets, leaks);
            assertThat(leaks).as(context).isEmpty();
        }
    }

    private static void leakIn(String where, String text, Set<String> secrets, List<String> leaks) {
        if (text == null) {
            return;
        }
        for (String secret : secrets) {
            if (text.contains(secret)) {
                String excerpt = excerpt(text, secret);
                leaks.add("'" + secret + "' in " + where + (excerpt.equals(text) ? "" : ": …" + excerpt + "…"));
            }
        }
    }

    private static String excerpt(String text, String secret) {
        int at = text.indexOf(secret);
        if (text.length() <= 120) {
            return text;
        }
        return text.substring(Math.max(0, at - 80), Math.min(text.length(), at + secret.length() + 40));
    }

    /**
     * Property 4: what viewer V sees equals what an unrestricted viewer sees of the workspace without the items V
     * may not browse, for every key V sees (progress, achievement, explanation, trend, checkpoints, findings); only
     * hidden() differs.
     */
    @Property(tries = 250)
    void viewerSeesWhatTheWorkspaceWithoutHiddenItemsShows(@ForAll("anyWorkspaces") Workspace workspace) {
        for (String viewer : StrategyTrees.PEOPLE) {
            Set<String> browsable = StrategyTrees.browsableKeys(workspace, viewer);
            Workspace reduced = new Workspace(workspace.settings(), workspace.people(),
                    workspace.items().stream().filter(i -> browsable.contains(i.key())).toList());
            Evaluation asViewer = Views.evaluate(workspace, viewer);
            Evaluation unrestricted = Views.evaluate(reduced, null);
            String context = "viewer " + viewer + ", workspace" + StrategyTrees.describe(workspace);

            List<String> differences = sameView(unrestricted, asViewer);
            assertThat(differences).as(context).isEmpty();
            assertThat(unrestricted.hidden()).as(context).isZero();
            assertThat(asViewer.hidden()).as(context).isEqualTo(workspace.items().size() - reduced.items().size());
        }
    }

    /**
     * Property 4, second part: adding a subtree that only someone else may browse (anywhere under a goal the viewer
     * sees, its items interleaved anywhere in the list) changes nothing the viewer sees but hidden().
     */
    @Property(tries = 300)
    void addingARestrictedSubtreeChangesNothingElseForTheViewer(
            @ForAll("validWorkspaces") Workspace workspace, @ForAll("subtrees") List<StrategyTrees.Spec> subtree,
            @ForAll @IntRange(min = 0, max = 4) int viewerIndex, @ForAll @IntRange(min = 1, max = 4) int otherOffset,
            @ForAll @IntRange(min = 0, max = 1000) int goalPick, @ForAll Random random) {
        String viewer = StrategyTrees.PEOPLE.get(viewerIndex);
        String other = StrategyTrees.PEOPLE.get((viewerIndex + otherOffset) % StrategyTrees.PEOPLE.size());
        Set<String> browsable = StrategyTrees.browsableKeys(workspace, viewer);
        List<Item> visibleGoals = workspace.items().stream()
                .filter(i -> i.type().isGoal() && browsable.contains(i.key())).toList();
        String goal = visibleGoals.isEmpty() ? null : visibleGoals.get(goalPick % visibleGoals.size()).key();

        List<Item> added = StrategyTrees.build(subtree, "NX-", false).stream()
                .map(i -> i.parent() != null ? i : restrictedUnder(i, goal, other))
                .toList();
        List<Item> items = new ArrayList<>(workspace.items());
        for (Item item : added) {
            items.add(random.nextInt(items.size() + 1), item);
        }
        Workspace grown = new Workspace(workspace.settings(), workspace.people(), items);

        Evaluation before = Views.evaluate(workspace, viewer);
        Evaluation after = Views.evaluate(grown, viewer);
        String context = "viewer " + viewer + ", added under " + goal + ":" + StrategyTrees.describe(added)
                + " to workspace" + StrategyTrees.describe(workspace);
        assertThat(sameView(before, after)).as(context).isEmpty();
        assertThat(after.hidden()).as(context).isEqualTo(before.hidden() + added.size());
    }

    private static Item restrictedUnder(Item root, String goal, String person) {
        return new Item(root.key(), root.type(), root.summary(), goal, root.status(), root.statusCategory(),
                root.weight(), root.points(), root.due(), root.raci(), root.metric(), root.checkpoint(),
                List.of(person));
    }

    /** The differences between two evaluations in everything but hidden(). */
    private static List<String> sameView(Evaluation expected, Evaluation actual) {
        List<String> differences = new ArrayList<>();
        differences.addAll(Views.differences("item", Views.items(expected), Views.items(actual)));
        differences.addAll(Views.differences("checkpoint", Views.checkpoints(expected), Views.checkpoints(actual)));
        List<String> expectedFindings = expected.findings().stream().map(Views::describe).toList();
        List<String> actualFindings = actual.findings().stream().map(Views::describe).toList();
        if (!expectedFindings.equals(actualFindings)) {
            differences.add("findings:\n    expected " + expectedFindings + "\n    but got  " + actualFindings);
        }
        List<String> expectedOrder = expected.items().stream().map(ItemResult::key).collect(Collectors.toList());
        List<String> actualOrder = actual.items().stream().map(ItemResult::key).collect(Collectors.toList());
        if (!expectedOrder.equals(actualOrder)) {
            differences.add("item order: expected " + expectedOrder + " but got " + actualOrder);
        }
        return differences;
    }
}
