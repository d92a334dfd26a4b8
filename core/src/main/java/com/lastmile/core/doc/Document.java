package com.lastmile.core.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A format-neutral document: a title (rendered as the top-level heading) and blocks.
 *
 * @param title plain text, never null
 * @param blocks in reading order
 */
public record Document(String title, List<Block> blocks) {

    public Document {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    /** Starts a document with the given title. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Collects blocks in order; keeps the document builders of review and retrospective readable. */
    public static final class Builder {
        private final String title;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        public Builder add(Block block) {
            blocks.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        public Builder heading(int level, String text) {
            return add(new Heading(level, text));
        }

        public Builder paragraph(String text) {
            return add(Paragraph.of(text));
        }

        public Builder paragraph(Inline... content) {
            return add(Paragraph.of(content));
        }

        public Document build() {
            return new Document(title, blocks);
        }
    }
}
