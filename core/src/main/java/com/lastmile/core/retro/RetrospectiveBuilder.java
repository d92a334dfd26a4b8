package com.lastmile.core.retro;

import static com.lastmile.core.review.Labels.cell;

import com.lastmile.core.doc.BulletList;
import com.lastmile.core.doc.Document;
import com.lastmile.core.doc.Numbers;
import com.lastmile.core.doc.Paragraph;
import com.lastmile.core.doc.Table;
import com.lastmile.core.doc.TaskList;
import com.lastmile.core.doc.TaskList.Task;
import com.lastmile.core.doc.Text;
import com.lastmile.core.eval.CheckpointResult;
import com.lastmile.core.eval.CheckpointState;
import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.ItemResult;
import com.lastmile.core.finding.Finding;
import com.lastmile.core.finding.Rule;
import com.lastmile.core.finding.Severity;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.OriginalPlan;
import com.lastmile.core.model.Raci;
import com.lastmile.core.port.PeopleDirectory;
import com.lastmile.core.review.CheckpointLine;
import com.lastmile.core.review.Labels;
import com.lastmile.core.review.PersonRef;
import com.lastmile.core.rules.Band;
import com.lastmile.core.rules.RaciRole;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the retrospective (复盘) of one goal as a localised {@link Document}, prefilled from the goal's own
 * data in the evaluation:
 * <ol>
 *   <li><b>Review the goal</b>: summary, type, metric (name, unit, direction), status, RACI with display names,
 *       the chain of parent goals;</li>
 *   <li><b>Compare results</b>: a table of baseline, target, stretch, actual, achievement, stretch achievement,
 *       progress and trend (or the progress alone without metric); the checkpoint history (due, planned,
 *       actual, deviation, band, state, original plan and deviation when re-baselined); the contributing
 *       items with their progress;</li>
 *   <li><b>Analyse causes</b>: a 5 Whys scaffold for every checkpoint with a CONTROLLABLE or MAJOR deviation
 *       (against the current or, when re-baselined, the original plan), worst first, whose first "why" is the
 *       recorded cause; then the related findings (of the goal, its checkpoints and its direct children),
 *       errors first;</li>
 *   <li><b>Extract methods</b>: candidate practices to standardise as SOPs (checkpoints verified on site in
 *       the NORMAL or EXCEEDED band, contributing items completed or at full progress, done epics below
 *       the goal), plus discussion prompts;</li>
 *   <li><b>Plan the next round</b>: the rule of {@link NextRoundTarget} in a sentence, the proposal and its
 *       reason, and a checklist of action items: one per MAJOR checkpoint without corrective action, one per
 *       open corrective action linked from the goal's checkpoints, one per error finding on the goal or its
 *       checkpoints (other than the missing corrective action already listed), and finally "agree the next
 *       target and its Accountable".</li>
 * </ol>
 * Only the evaluation and its scope are read: items the viewer may not browse never appear, and the
 * document says how many were hidden.
 */
public final class RetrospectiveBuilder {

    private static final int WHYS = 5;
    private static final Comparator<CheckpointResult> BY_DUE = Comparator.comparing(c -> c.item().due(),
            Comparator.nullsLast(Comparator.naturalOrder()));

    private final Evaluation evaluation;
    private final Labels l;
    private final PeopleDirectory people;
    private final ItemResult goal;
    private final Map<String, ItemResult> results = new HashMap<>();
    private final Map<String, Item> scopeItems = new HashMap<>();
    private final Map<String, List<ItemResult>> children = new HashMap<>();
    private final List<CheckpointResult> checkpoints;

    private RetrospectiveBuilder(Evaluation evaluation, ItemResult goal, Messages messages) {
        this.evaluation = evaluation;
        this.l = new Labels(messages);
        this.people = evaluation.scope().people();
        this.goal = goal;
        for (ItemResult result : evaluation.items()) {
            results.putIfAbsent(result.key(), result);
            if (result.item().parent() != null) {
                children.computeIfAbsent(result.item().parent(), k -> new ArrayList<>()).add(result);
            }
        }
        for (Item item : evaluation.scope().items()) {
            scopeItems.putIfAbsent(item.key(), item);
        }
        List<CheckpointResult> own = new ArrayList<>(
                evaluation.checkpointsByGoal().getOrDefault(goal.key(), List.of()));
        own.sort(BY_DUE);
        this.checkpoints = own;
    }

    /**
     * The retrospective of a goal.
     *
     * @param goalKey key of a Strategic Goal, Campaign or Tactic the viewer may browse
     * @throws IllegalArgumentException when no item of that key is in the evaluation (unknown, or hidden
     *                                  from the viewer: the two are not told apart), or it is not a goal
     */
    public static Document build(Evaluation evaluation, String goalKey, Messages messages) {
        if (goalKey == null || goalKey.isBlank()) {
            throw new IllegalArgumentException("a goal key is required");
        }
        Optional<ItemResult> found = evaluation.item(goalKey);
        if (found.isEmpty()) {
            Optional<Item> attachment = evaluation.scope().items().stream()
                    .filter(i -> i.key().equals(goalKey)).findFirst();
            if (attachment.isPresent()) {
                throw notAGoal(goalKey, attachment.get().type());
            }
            throw new IllegalArgumentException("unknown goal key '" + goalKey + "': no such item in the evaluated scope");
        }
        if (!found.get().item().type().isGoal()) {
            throw notAGoal(goalKey, found.get().item().type());
        }
        return new RetrospectiveBuilder(evaluation, found.get(), messages).document();
    }

    private static IllegalArgumentException notAGoal(String key, ItemType type) {
        return new IllegalArgumentException("'" + key + "' is of type " + type.displayName()
                + ", not a goal: a retrospective needs a Strategic Goal, Campaign or Tactic");
    }

    private Document document() {
        Item item = goal.item();
        Document.Builder doc = Document.builder(l.text("retro.title", item.key(), item.summary()).strip());
        doc.paragraph(l.text("retro.intro", evaluation.asOf().toString()));
        if (evaluation.hidden() > 0) {
            doc.paragraph(l.text("doc.hidden", evaluation.hidden()));
        }
        reviewGoal(doc);
        compareResults(doc);
        analyseCauses(doc);
        extractMethods(doc);
        planNextRound(doc);
        return doc.build();
    }

    // 1 回顾目标

    private void reviewGoal(Document.Builder doc) {
        Item item = goal.item();
        Metric metric = item.metric();
        doc.heading(2, l.text("retro.step1"));
        List<Paragraph> facts = new ArrayList<>();
        facts.add(labelledKey("retro.goal", Labels.item(item.key(), item.summary())));
        facts.add(labelledKey("retro.type", l.type(item.type())));
        facts.add(labelledKey("retro.metric", metric == null ? l.text("retro.noMetric")
                : l.text("retro.metric.value", metricName(metric), l.text("retro.direction." + metric.direction().name()))));
        facts.add(labelledKey("retro.status", item.status() == null || item.status().isBlank() ? Numbers.NONE : item.status()));
        doc.add(new BulletList(facts));

        doc.heading(3, l.text("retro.raci"));
        Raci raci = item.raci();
        List<Paragraph> roles = new ArrayList<>();
        for (RaciRole role : RaciRole.values()) {
            List<String> ids = raci == null ? List.of() : switch (role) {
                case R -> raci.responsible();
                case A -> raci.accountable();
                case C -> raci.consulted();
                case I -> raci.informed();
            };
            roles.add(labelledKey("retro.raci." + role.name(), Labels.people(PersonRef.of(ids, people))));
        }
        doc.add(new BulletList(roles));

        doc.heading(3, l.text("retro.parents"));
        List<Paragraph> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(item.key());
        ItemResult parent = item.parent() == null ? null : results.get(item.parent());
        while (parent != null && seen.add(parent.key())) {
            chain.add(Paragraph.of(Labels.item(parent.key(), parent.item().summary()) + " ("
                    + l.type(parent.item().type()) + ")"));
            parent = parent.item().parent() == null ? null : results.get(parent.item().parent());
        }
        if (chain.isEmpty()) {
            doc.paragraph(l.text("retro.parents.none"));
        } else {
            doc.add(new BulletList(chain));
        }
    }

    // 2 对比结果

    private void compareResults(Document.Builder doc) {
        Metric metric = goal.item().metric();
        doc.heading(2, l.text("retro.step2"));
        doc.heading(3, l.text("retro.results"));
        if (metric == null) {
            doc.paragraph(l.text("retro.results.noMetric", Numbers.percent(goal.progress())));
        } else {
            String unit = metric.unit();
            doc.add(Table.of(List.of(l.text("doc.col.baseline"), l.text("doc.col.target"), l.text("doc.col.stretch"),
                    l.text("doc.col.actual"), l.text("doc.col.achievement"), l.text("doc.col.stretchAchievement"),
                    l.text("doc.col.progress"), l.text("doc.col.trend")),
                    List.of(List.of(cell(Numbers.decimal(metric.baseline(), unit)),
                            cell(Numbers.decimal(metric.target(), unit)), cell(Numbers.decimal(metric.stretch(), unit)),
                            cell(Numbers.decimal(metric.actual(), unit)), cell(Numbers.percent(goal.achievement())),
                            cell(Numbers.percent(goal.stretchAchievement())), cell(Numbers.percent(goal.progress())),
                            cell(l.trend(goal.trend()))))));
        }

        doc.heading(3, l.text("retro.checkpoints"));
        if (checkpoints.isEmpty()) {
            doc.paragraph(l.text("retro.checkpoints.none"));
        } else {
            List<List<Paragraph>> rows = new ArrayList<>();
            for (CheckpointResult checkpoint : checkpoints) {
                Item item = checkpoint.item();
                BigDecimal planned = item.checkpoint() == null ? null : item.checkpoint().planned();
                BigDecimal actual = item.checkpoint() == null ? null : item.checkpoint().actual();
                rows.add(List.of(cell(Labels.item(item.key(), item.summary())),
                        cell(item.due() == null ? Numbers.NONE : item.due().toString()),
                        cell(Numbers.decimal(planned)), cell(Numbers.decimal(actual)),
                        cell(Numbers.signedPercent(checkpoint.deviation())), cell(l.band(checkpoint.band())),
                        cell(l.state(checkpoint.state())), rebaselined(checkpoint)));
            }
            doc.add(Table.of(List.of(l.text("doc.col.checkpoint"), l.text("doc.col.due"), l.text("doc.col.planned"),
                    l.text("doc.col.actual"), l.text("doc.col.deviation"), l.text("doc.col.band"),
                    l.text("doc.col.state"), l.text("doc.col.rebaselined")), rows));
        }

        doc.heading(3, l.text("retro.children"));
        List<ItemResult> contributing = children.getOrDefault(goal.key(), List.of());
        if (contributing.isEmpty()) {
            doc.paragraph(l.text("retro.children.none"));
        } else {
            List<List<Paragraph>> rows = new ArrayList<>();
            for (ItemResult child : contributing) {
                Item item = child.item();
                rows.add(List.of(cell(Labels.item(item.key(), item.summary())), cell(l.type(item.type())),
                        cell(item.status() == null || item.status().isBlank() ? Numbers.NONE : item.status()),
                        cell(Numbers.percent(child.progress())),
                        cell(Labels.people(item.raci() == null ? List.of() : PersonRef.of(item.raci().accountable(), people)))));
            }
            doc.add(Table.of(List.of(l.text("doc.col.item"), l.text("doc.col.type"), l.text("doc.col.status"),
                    l.text("doc.col.progress"), l.text("doc.col.accountable")), rows));
        }
    }

    private Paragraph rebaselined(CheckpointResult checkpoint) {
        if (!checkpoint.rebaselined()) {
            return cell(Numbers.NONE);
        }
        OriginalPlan original = checkpoint.item().checkpoint().original();
        String text = l.text("retro.rebaselined", Numbers.decimal(original.planned()),
                original.due() == null ? Numbers.NONE : original.due().toString(),
                Numbers.signedPercent(checkpoint.originalDeviation()));
        return checkpoint.originalBand() == null ? cell(text)
                : Paragraph.of(Text.plain(text + " "), l.band(checkpoint.originalBand()));
    }

    // 3 分析原因

    private void analyseCauses(Document.Builder doc) {
        doc.heading(2, l.text("retro.step3"));
        List<CheckpointResult> deviating = deviating();
        if (deviating.isEmpty()) {
            doc.paragraph(l.text("retro.causes.none"));
        } else {
            doc.paragraph(l.text("retro.causes.intro"));
            for (CheckpointResult checkpoint : deviating) {
                Item item = checkpoint.item();
                BigDecimal deviation = checkpoint.deviation();
                Band band = checkpoint.band();
                if (checkpoint.rebaselined() && checkpoint.originalDeviation() != null
                        && (deviation == null || checkpoint.originalDeviation().compareTo(deviation) < 0)) {
                    deviation = checkpoint.originalDeviation();
                    band = checkpoint.originalBand();
                }
                doc.heading(3, l.text("retro.why.heading", Labels.item(item.key(), item.summary()),
                        Numbers.signedPercent(deviation), l.bandName(band)));
                String cause = item.checkpoint() == null ? null : item.checkpoint().cause();
                List<Paragraph> whys = new ArrayList<>();
                whys.add(cause == null || cause.isBlank()
                        ? labelled(l.text("retro.why", 1), l.text("retro.why.noCause"))
                        : labelled(l.text("retro.why", 1), cause));
                for (int n = 2; n <= WHYS; n++) {
                    whys.add(labelled(l.text("retro.why", n), l.text("retro.prompt")));
                }
                whys.add(labelledKey("retro.rootCause", l.text("retro.prompt")));
                List<String> actions = actions(item);
                whys.add(labelledKey("retro.countermeasure", actions.isEmpty() ? l.text("retro.countermeasure.none")
                        : String.join(", ", actions.stream().map(k -> Labels.item(k, scopeItems.get(k).summary())).toList())));
                doc.add(new BulletList(whys));
            }
        }

        doc.heading(3, l.text("retro.findings"));
        List<Finding> related = relatedFindings();
        if (related.isEmpty()) {
            doc.paragraph(l.text("retro.findings.none"));
        } else {
            List<Paragraph> lines = new ArrayList<>();
            for (Finding finding : related) {
                lines.add(Paragraph.of(l.severity(finding.severity()),
                        Text.plain(" " + finding.key() + ": " + finding.message(l.messages()))));
            }
            doc.add(new BulletList(lines));
        }
    }

    /** The goal's checkpoints needing a 5 Whys, worst first. */
    private List<CheckpointResult> deviating() {
        List<CheckpointResult> deviating = new ArrayList<>();
        for (CheckpointResult checkpoint : checkpoints) {
            if (CheckpointLine.needsAttention(checkpoint)) {
                deviating.add(checkpoint);
            }
        }
        deviating.sort(Comparator.comparing(RetrospectiveBuilder::worstDeviation,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return deviating;
    }

    private static BigDecimal worstDeviation(CheckpointResult c) {
        BigDecimal current = c.deviation();
        BigDecimal original = c.rebaselined() ? c.originalDeviation() : null;
        if (current == null) {
            return original;
        }
        return original == null || current.compareTo(original) <= 0 ? current : original;
    }

    /** Findings on the goal, its checkpoints and its direct children: errors first, then in scope order. */
    private List<Finding> relatedFindings() {
        Set<String> keys = new HashSet<>();
        keys.add(goal.key());
        checkpoints.forEach(c -> keys.add(c.key()));
        children.getOrDefault(goal.key(), List.of()).forEach(c -> keys.add(c.key()));
        List<Finding> related = new ArrayList<>();
        for (Finding finding : evaluation.findings()) {
            if (finding.key() != null && keys.contains(finding.key())) {
                related.add(finding);
            }
        }
        related.sort(Comparator.comparing(Finding::severity));
        return related;
    }

    /** The corrective actions a checkpoint links that are in scope, without repeats. */
    private List<String> actions(Item checkpoint) {
        if (checkpoint.checkpoint() == null) {
            return List.of();
        }
        return checkpoint.checkpoint().actions().stream().filter(scopeItems::containsKey).distinct().toList();
    }

    // 4 提炼方法

    private void extractMethods(Document.Builder doc) {
        doc.heading(2, l.text("retro.step4"));
        List<Paragraph> practices = new ArrayList<>();
        for (CheckpointResult checkpoint : checkpoints) {
            if (checkpoint.state() == CheckpointState.VERIFIED
                    && (checkpoint.band() == Band.NORMAL || checkpoint.band() == Band.EXCEEDED)) {
                Item item = checkpoint.item();
                String cause = item.checkpoint().cause();
                practices.add(Paragraph.of(Text.plain(l.text("retro.methods.checkpoint",
                        Labels.item(item.key(), item.summary()), Numbers.signedPercent(checkpoint.deviation())) + " "),
                        l.band(checkpoint.band())));
                if (cause != null && !cause.isBlank()) {
                    practices.add(labelledKey("retro.methods.note", cause));
                }
            }
        }
        Set<String> listed = new HashSet<>();
        for (ItemResult child : children.getOrDefault(goal.key(), List.of())) {
            if (completed(child)) {
                practices.add(completedPractice(child));
                listed.add(child.key());
            }
        }
        for (ItemResult epic : descendants()) {
            if (epic.item().type() == ItemType.EPIC && epic.item().isDone() && listed.add(epic.key())) {
                practices.add(completedPractice(epic));
            }
        }
        if (practices.isEmpty()) {
            doc.paragraph(l.text("retro.methods.none"));
        } else {
            doc.paragraph(l.text("retro.methods.intro"));
            doc.add(new BulletList(practices));
        }
        doc.heading(3, l.text("retro.methods.prompts"));
        doc.add(BulletList.of(Paragraph.of(l.text("retro.methods.prompt1")), Paragraph.of(l.text("retro.methods.prompt2")),
                Paragraph.of(l.text("retro.methods.prompt3"))));
    }

    private static boolean completed(ItemResult result) {
        return result.item().isDone() || result.progress() != null && result.progress().compareTo(BigDecimal.ONE) >= 0;
    }

    private Paragraph completedPractice(ItemResult result) {
        Item item = result.item();
        return Paragraph.of(l.text("retro.methods.completed", Labels.item(item.key(), item.summary()),
                l.type(item.type()), Numbers.percent(result.progress())));
    }

    /** Every item below the goal in the evaluation, breadth first; cycles are cut. */
    private List<ItemResult> descendants() {
        List<ItemResult> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        seen.add(goal.key());
        List<String> frontier = List.of(goal.key());
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String key : frontier) {
                for (ItemResult child : children.getOrDefault(key, List.of())) {
                    if (seen.add(child.key())) {
                        found.add(child);
                        next.add(child.key());
                    }
                }
            }
            frontier = next;
        }
        return found;
    }

    // 5 制定计划

    private void planNextRound(Document.Builder doc) {
        Metric metric = goal.item().metric();
        String unit = metric == null ? "" : metric.unit();
        doc.heading(2, l.text("retro.step5"));
        doc.paragraph(l.text("retro.next.rule"));
        NextRoundTarget next = NextRoundTarget.propose(metric);
        if (next.hasProposal()) {
            doc.paragraph(Text.bold(l.text("retro.next.proposal.label")), Text.plain(" " + l.text("retro.next.proposal",
                    Numbers.decimal(next.baseline(), unit), Numbers.decimal(next.target(), unit))));
        }
        String reason = switch (next.basis()) {
            case CARRY_GAP -> l.text("retro.next.basis.CARRY_GAP", Numbers.percent(next.achievement()),
                    Numbers.decimal(next.gap(), unit));
            case STRETCH -> l.text("retro.next.basis.STRETCH", Numbers.percent(next.achievement()));
            case SAME_STEP -> l.text("retro.next.basis.SAME_STEP", Numbers.percent(next.achievement()),
                    Numbers.decimal(next.step(), unit));
            case NO_ACTUAL -> l.text("retro.next.basis.NO_ACTUAL", Numbers.decimal(metric.target(), unit));
            case NO_METRIC -> l.text("retro.next.basis.NO_METRIC");
            case INVALID_METRIC -> l.text("retro.next.basis.INVALID_METRIC");
        };
        doc.paragraph(reason);

        doc.heading(3, l.text("retro.actions"));
        List<Task> tasks = new ArrayList<>();
        for (CheckpointResult checkpoint : checkpoints) {
            if (checkpoint.band() == Band.MAJOR && actions(checkpoint.item()).isEmpty()) {
                tasks.add(Task.todo(Paragraph.of(l.text("retro.action.planB",
                        Labels.item(checkpoint.key(), checkpoint.item().summary()),
                        Numbers.signedPercent(checkpoint.deviation())))));
            }
        }
        Set<String> actionKeys = new LinkedHashSet<>();
        checkpoints.forEach(c -> actionKeys.addAll(actions(c.item())));
        for (String key : actionKeys) {
            Item action = scopeItems.get(key);
            if (!action.isDone()) {
                tasks.add(Task.todo(Paragraph.of(l.text("retro.action.open", Labels.item(key, action.summary()),
                        action.status() == null || action.status().isBlank() ? Numbers.NONE : action.status()))));
            }
        }
        Set<String> own = new HashSet<>();
        own.add(goal.key());
        checkpoints.forEach(c -> own.add(c.key()));
        for (Finding finding : evaluation.findings()) {
            if (finding.severity() == Severity.ERROR && finding.rule() != Rule.MAJOR_DEVIATION_WITHOUT_ACTION
                    && own.contains(finding.key())) {
                tasks.add(Task.todo(Paragraph.of(l.text("retro.action.fix", finding.key(),
                        finding.message(l.messages())))));
            }
        }
        tasks.add(Task.todo(Paragraph.of(l.text("retro.action.nextTarget"))));
        doc.add(new TaskList(tasks));
    }

    // helpers

    private String metricName(Metric metric) {
        return metric.unit().isBlank() ? metric.name() : l.text("doc.metricWithUnit", metric.name(), metric.unit());
    }

    /** "**Label:** value", the label (with its locale's colon) from the bundle. */
    private Paragraph labelledKey(String labelKey, String value) {
        return labelled(l.text(labelKey), value);
    }

    /** "**Label:** value"; the label carries its colon. */
    private Paragraph labelled(String label, String value) {
        return Paragraph.of(Text.bold(label), Text.plain(" " + value));
    }
}
