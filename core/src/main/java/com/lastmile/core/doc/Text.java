package com.lastmile.core.doc;

/**
 * A run of plain text, optionally bold. The text may contain line breaks; renderers turn them into the
 * target format's hard line break. An empty text renders as nothing.
 */
public record Text(String text, boolean bold) implements Inline {

    public Text {
        text = text == null ? "" : text;
    }

    public static Text plain(String text) {
        return new Text(text, false);
    }

    public static Text bold(String text) {
        return new Text(text, true);
    }
}
