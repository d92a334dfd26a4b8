package com.lastmile.core.doc;

/**
 * A heading. The document title is level 1, so sections use 2 and below.
 *
 * @param level 1 to 6
 * @param text plain text; line breaks are rendered as spaces
 */
public record Heading(int level, String text) implements Block {

    public Heading {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level must be 1 to 6, got " + level);
        }
        text = text == null ? "" : text;
    }
}
