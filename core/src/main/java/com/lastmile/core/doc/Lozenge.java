package com.lastmile.core.doc;

/**
 * A short status label ("Major deviation", "Error"): a status lozenge in ADF, coloured bold text in Jira wiki
 * markup, a code span in Markdown. An empty text renders as nothing.
 */
public record Lozenge(String text, Tone tone) implements Inline {

    /** The colours of an Atlassian status lozenge. */
    public enum Tone { NEUTRAL, PURPLE, BLUE, RED, YELLOW, GREEN }

    public Lozenge {
        text = text == null ? "" : text;
        tone = tone == null ? Tone.NEUTRAL : tone;
    }
}
