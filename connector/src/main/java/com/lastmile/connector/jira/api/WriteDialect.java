package com.lastmile.connector.jira.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** How a flavor spells the writes that differ between Cloud and Data Center. */
interface WriteDialect {

    ObjectNode issueTypeBody(String name, boolean subtask, String description);

    ObjectNode commentBody(CommentBody body);

    /** Puts a story's epic into a create's {@code fields}. */
    void putEpic(ObjectNode fields, String epicKey);
}
