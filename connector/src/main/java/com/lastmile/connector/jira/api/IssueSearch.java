package com.lastmile.connector.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;

/** Runs a JQL search and pages through it the way the flavor pages. */
interface IssueSearch {

    /**
     * Hands each issue's JSON to {@code sink}, page by page.
     *
     * @return how many issues were delivered
     */
    int forEach(IssueQuery query, Consumer<JsonNode> sink);
}
