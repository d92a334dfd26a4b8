package com.lastmile.core.doc;

import java.util.List;

/** A paragraph of inline content; also the content of a table cell, a list item and a task. */
public record Paragraph(List<Inline> content) implements Block {

    private static final Paragraph EMPTY = new Paragraph(List.of());

    public Paragraph {
        content = List.copyOf(content);
    }

    public static Paragraph of(String text) {
        return text == null || text.isEmpty() ? EMPTY : new Paragraph(List.of(Text.plain(text)));
    }

    public static Paragraph of(Inline... content) {
        return new Paragraph(List.of(content));
    }

    public static Paragraph empty() {
        return EMPTY;
    }

    /** Whether nothing would be rendered: no inline, or only empty ones. */
    public boolean isBlank() {
        return content.stream().allMatch(i -> i instanceof Text t ? t.text().isEmpty() : ((Lozenge) i).text().isBlank());
    }
}
