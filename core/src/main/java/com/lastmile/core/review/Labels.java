package com.lastmile.core.review;

import com.lastmile.core.doc.Inline;
import com.lastmile.core.doc.Lozenge;
import com.lastmile.core.doc.Lozenge.Tone;
import com.lastmile.core.doc.Numbers;
import com.lastmile.core.doc.Paragraph;
import com.lastmile.core.doc.Text;
import com.lastmile.core.eval.CheckpointState;
import com.lastmile.core.eval.Trend;
import com.lastmile.core.finding.Severity;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.rules.Band;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Localised labels of domain values, as the review and retrospective documents show them: bands, states
 * and severities as lozenges, types and trends as text, all from the shared i18n bundle.
 */
public final class Labels {

    private final Messages messages;

    public Labels(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    /** A message of the bundle with its placeholders filled in. */
    public String text(String key, Object... args) {
        return messages.format(key, args);
    }

    /** A table cell of plain text. */
    public static Paragraph cell(String text) {
        return Paragraph.of(text);
    }

    /** A table cell holding one lozenge or text. */
    public static Paragraph cell(Inline inline) {
        return Paragraph.of(inline);
    }

    public Inline band(Band band) {
        if (band == null) {
            return Text.plain(Numbers.NONE);
        }
        Tone tone = switch (band) {
            case EXCEEDED -> Tone.GREEN;
            case NORMAL -> Tone.NEUTRAL;
            case CONTROLLABLE -> Tone.YELLOW;
            case MAJOR -> Tone.RED;
        };
        return new Lozenge(bandName(band), tone);
    }

    public String bandName(Band band) {
        return band == null ? Numbers.NONE : text("band." + band.name());
    }

    public Inline state(CheckpointState state) {
        Tone tone = switch (state) {
            case PENDING -> Tone.NEUTRAL;
            case OVERDUE, VERIFICATION_FAILED -> Tone.RED;
            case CHECKED -> Tone.BLUE;
            case VERIFIED -> Tone.GREEN;
        };
        return new Lozenge(text("state." + state.name()), tone);
    }

    public Inline severity(Severity severity) {
        Tone tone = switch (severity) {
            case ERROR -> Tone.RED;
            case WARNING -> Tone.YELLOW;
            case INFO -> Tone.BLUE;
        };
        return new Lozenge(text("severity." + severity.name()), tone);
    }

    public String type(ItemType type) {
        return text(type.messageKey());
    }

    public String trend(Trend trend) {
        return trend == null ? Numbers.NONE : text("trend." + trend.name());
    }

    /** "李明 (li.ming), Boss (boss)"; an em dash for nobody. */
    public static String people(List<PersonRef> people) {
        return people.isEmpty() ? Numbers.NONE : people.stream().map(PersonRef::display).collect(Collectors.joining(", "));
    }

    /** "LM-2 Q1 签约": a key with its summary; the key alone when the summary is empty; an em dash for null. */
    public static String item(String key, String summary) {
        if (key == null) {
            return Numbers.NONE;
        }
        return summary == null || summary.isBlank() ? key : key + " " + summary;
    }
}
