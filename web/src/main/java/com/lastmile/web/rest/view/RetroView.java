package com.lastmile.web.rest.view;

/**
 * {@code GET /retro/{key}}: the retrospective of a goal.
 *
 * @param content the document: text for markdown and wiki, the ADF object itself for adf
 */
public record RetroView(String key, String format, Object content) {
}
