package com.lastmile.core.review;

import static com.lastmile.core.review.Labels.cell;

import com.lastmile.core.doc.Document;
import com.lastmile.core.doc.Lozenge;
import com.lastmile.core.doc.Lozenge.Tone;
import com.lastmile.core.doc.Numbers;
import com.lastmile.core.doc.Paragraph;
import com.lastmile.core.doc.Table;
import com.lastmile.core.doc.Text;
import com.lastmile.core.finding.Finding;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.rules.Band;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The weekly review as a localised {@link Document}:
 * <ol>
 *   <li>title "Weekly review DATE", then the viewer, the hidden-items notice (when any are hidden) and a
 *       one-line summary of the counts;</li>
 *   <li>"Needs attention": checkpoint, goal, deviation, band, Accountable, cause, corrective action,
 *       re-baselined (original deviation and band);</li>
 *   <li>"Due in the next 7 days": due, checkpoint, goal, planned, Accountable;</li>
 *   <li>"Overdue": due, days overdue, checkpoint, goal, Accountable;</li>
 *   <li>"Wins": checkpoint, goal, deviation, state;</li>
 *   <li>"Hygiene": severity, item, rule, message;</li>
 *   <li>"Goal board": goal, type, metric, target, actual, achievement, progress, trend, Accountable.</li>
 * </ol>
 * An empty section holds a sentence saying so instead of a table.
 */
public final class WeeklyReviewDocument {

    private WeeklyReviewDocument() {
    }

    public static Document of(WeeklyReview review, Messages messages) {
        Labels l = new Labels(messages);
        Document.Builder doc = Document.builder(l.text("review.title", review.asOf().toString()));
        doc.paragraph(Text.bold(l.text("doc.asOf")), Text.plain(" " + review.asOf() + "   "),
                Text.bold(l.text("review.viewer")), Text.plain(" " + (review.viewer() == null
                        ? l.text("review.viewer.all") : review.viewer())));
        if (review.hidden() > 0) {
            doc.paragraph(l.text("doc.hidden", review.hidden()));
        }
        doc.paragraph(l.text("review.summary", review.attention().size(), review.dueSoon().size(),
                review.overdue().size(), review.wins().size(), review.hygiene().size()));

        doc.heading(2, l.text("review.attention"));
        if (review.attention().isEmpty()) {
            doc.paragraph(l.text("review.attention.none"));
        } else {
            doc.paragraph(l.text("review.attention.intro"));
            List<List<Paragraph>> rows = new ArrayList<>();
            for (CheckpointLine line : review.attention()) {
                boolean major = line.effectiveBand() == Band.MAJOR;
                rows.add(List.of(
                        cell(Labels.item(line.key(), line.summary())),
                        cell(Labels.item(line.goalKey(), line.goalSummary())),
                        cell(Numbers.signedPercent(line.deviation())),
                        cell(l.band(line.band())),
                        cell(Labels.people(line.accountable())),
                        line.causeRecorded() ? cell(line.cause())
                                : cell(new Lozenge(l.text("review.cause.missing"), major ? Tone.NEUTRAL : Tone.YELLOW)),
                        line.actionLinked() ? cell(String.join(", ", line.actions()))
                                : cell(new Lozenge(l.text("review.action.missing"), major ? Tone.RED : Tone.NEUTRAL)),
                        rebaselined(l, line)));
            }
            doc.add(Table.of(List.of(l.text("doc.col.checkpoint"), l.text("doc.col.goal"), l.text("doc.col.deviation"),
                    l.text("doc.col.band"), l.text("doc.col.accountable"), l.text("doc.col.cause"),
                    l.text("doc.col.action"), l.text("doc.col.rebaselined")), rows));
        }

        doc.heading(2, l.text("review.dueSoon"));
        if (review.dueSoon().isEmpty()) {
            doc.paragraph(l.text("review.dueSoon.none"));
        } else {
            List<List<Paragraph>> rows = new ArrayList<>();
            for (CheckpointLine line : review.dueSoon()) {
                rows.add(List.of(cell(String.valueOf(line.due())), cell(Labels.item(line.key(), line.summary())),
                        cell(Labels.item(line.goalKey(), line.goalSummary())), cell(Numbers.decimal(line.planned())),
                        cell(Labels.people(line.accountable()))));
            }
            doc.add(Table.of(List.of(l.text("doc.col.due"), l.text("doc.col.checkpoint"), l.text("doc.col.goal"),
                    l.text("doc.col.planned"), l.text("doc.col.accountable")), rows));
        }

        doc.heading(2, l.text("review.overdue"));
        if (review.overdue().isEmpty()) {
            doc.paragraph(l.text("review.overdue.none"));
        } else {
            List<List<Paragraph>> rows = new ArrayList<>();
            for (CheckpointLine line : review.overdue()) {
                rows.add(List.of(cell(String.valueOf(line.due())),
                        cell(String.valueOf(ChronoUnit.DAYS.between(line.due(), review.asOf()))),
                        cell(Labels.item(line.key(), line.summary())),
                        cell(Labels.item(line.goalKey(), line.goalSummary())),
                        cell(Labels.people(line.accountable()))));
            }
            doc.add(Table.of(List.of(l.text("doc.col.due"), l.text("doc.col.daysOverdue"), l.text("doc.col.checkpoint"),
                    l.text("doc.col.goal"), l.text("doc.col.accountable")), rows));
        }

        doc.heading(2, l.text("review.wins"));
        if (review.wins().isEmpty()) {
            doc.paragraph(l.text("review.wins.none"));
        } else {
            List<List<Paragraph>> rows = new ArrayList<>();
            for (CheckpointLine line : review.wins()) {
                rows.add(List.of(cell(Labels.item(line.key(), line.summary())),
                        cell(Labels.item(line.goalKey(), line.goalSummary())),
                        cell(Numbers.signedPercent(line.deviation())), cell(l.state(line.state()))));
            }
            doc.add(Table.of(List.of(l.text("doc.col.checkpoint"), l.text("doc.col.goal"), l.text("doc.col.deviation"),
                    l.text("doc.col.state")), rows));
        }

        doc.heading(2, l.text("review.hygiene"));
        if (review.hygiene().isEmpty()) {
            doc.paragraph(l.text("review.hygiene.none"));
        } else {
            doc.paragraph(l.text("review.hygiene.intro"));
            List<List<Paragraph>> rows = new ArrayList<>();
            for (Finding finding : review.hygiene()) {
                rows.add(List.of(cell(l.severity(finding.severity())),
                        cell(finding.key() == null ? l.text("doc.scopeWide") : finding.key()),
                        cell(finding.rule().name()), cell(finding.message(messages))));
            }
            doc.add(Table.of(List.of(l.text("doc.col.severity"), l.text("doc.col.item"), l.text("doc.col.rule"),
                    l.text("doc.col.message")), rows));
        }

        doc.heading(2, l.text("review.board"));
        if (review.board().isEmpty()) {
            doc.paragraph(l.text("review.board.none"));
        } else {
            List<List<Paragraph>> rows = new ArrayList<>();
            for (GoalLine goal : review.board()) {
                rows.add(List.of(cell(Labels.item(goal.key(), goal.summary())), cell(l.type(goal.type())),
                        cell(metric(l, goal.metricName(), goal.unit())), cell(Numbers.decimal(goal.target())),
                        cell(Numbers.decimal(goal.actual())), cell(Numbers.percent(goal.achievement())),
                        cell(Numbers.percent(goal.progress())), cell(l.trend(goal.trend())),
                        cell(Labels.people(goal.accountable()))));
            }
            doc.add(Table.of(List.of(l.text("doc.col.goal"), l.text("doc.col.type"), l.text("doc.col.metric"),
                    l.text("doc.col.target"), l.text("doc.col.actual"), l.text("doc.col.achievement"),
                    l.text("doc.col.progress"), l.text("doc.col.trend"), l.text("doc.col.accountable")), rows));
        }
        return doc.build();
    }

    /** "签约客户 (家)", or the name alone without unit. */
    static String metric(Labels l, String name, String unit) {
        return unit == null || unit.isBlank() ? name : l.text("doc.metricWithUnit", name, unit);
    }

    private static Paragraph rebaselined(Labels l, CheckpointLine line) {
        if (!line.rebaselined()) {
            return cell(Numbers.NONE);
        }
        if (line.originalDeviation() == null) {
            return cell(l.text("review.rebaselined.noDeviation"));
        }
        return Paragraph.of(Text.plain(l.text("review.rebaselined.original",
                Numbers.signedPercent(line.originalDeviation())) + " "), l.band(line.originalBand()));
    }
}
