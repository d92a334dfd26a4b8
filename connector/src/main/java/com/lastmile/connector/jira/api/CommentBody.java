package com.lastmile.connector.jira.api;

import com.fasterxml.jackson.databind.JsonNode;

/** The same text twice: Jira wiki markup for Data Center, an ADF document for Cloud. */
public record CommentBody(String wikiMarkup, JsonNode adf) {
}
