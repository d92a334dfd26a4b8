/**
 * A tiny, format-neutral document model (headings, paragraphs of plain or bold text and status lozenges,
 * bullet lists, tables, task lists) and its renderers to GitHub-flavoured Markdown and Jira wiki markup.
 * The Atlassian Document Format renderer lives in module {@code web}, where Jackson is.
 *
 * <p>Every string in the model is plain user text: renderers escape it so that it can never inject markup,
 * links, images or macros into the output.
 */
package com.lastmile.core.doc;
