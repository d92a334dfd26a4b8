package com.lastmile.core.doc;

/** Inline content of a paragraph, a table cell, a list item or a task. */
public sealed interface Inline permits Text, Lozenge {
}
