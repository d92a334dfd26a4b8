package com.lastmile.core.doc;

/** A block of a {@link Document}. */
public sealed interface Block permits Heading, Paragraph, BulletList, Table, TaskList {
}
