package com.lastmile.core.doc;

import java.util.List;

/** An unordered list; each item is one paragraph. An empty list renders as nothing. */
public record BulletList(List<Paragraph> items) implements Block {

    public BulletList {
        items = List.copyOf(items);
    }

    public static BulletList of(Paragraph... items) {
        return new BulletList(List.of(items));
    }
}
