package com.lastmile.connector.jira.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * Cloud's spelling: sub-task types by {@code hierarchyLevel} -1 ({@code type} is deprecated in the v3 spec), comment
 * bodies in ADF, and a story's epic as its {@code parent}.
 */
final class CloudWrites implements WriteDialect {

    private static final int SUBTASK_LEVEL = -1;
    private static final int BASE_LEVEL = 0;

    @Override
    public ObjectNode issueTypeBody(String name, boolean subtask, String description) {
        return Json.object().put("name", name).put("description", description)
                .put("hierarchyLevel", subtask ? SUBTASK_LEVEL : BASE_LEVEL);
    }

    @Override
    public ObjectNode commentBody(CommentBody body) {
        ObjectNode request = Json.object();
        request.set("body", Objects.requireNonNull(body.adf(), "Jira Cloud needs the comment as ADF"));
        return request;
    }

    @Override
    public void putEpic(ObjectNode fields, String epicKey) {
        if (fields.has("parent")) {
            throw new IllegalArgumentException("an issue with a parent cannot have an epic as well: " + epicKey);
        }
        fields.set("parent", Json.keyed("key", epicKey));
    }
}
