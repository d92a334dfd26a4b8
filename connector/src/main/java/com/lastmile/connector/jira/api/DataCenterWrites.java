package com.lastmile.connector.jira.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/** Data Center's spelling: sub-task types by {@code type}, wiki-markup comments, the epic in the Epic Link field. */
final class DataCenterWrites implements WriteDialect {

    private final EpicLinkField epicLink;

    DataCenterWrites(EpicLinkField epicLink) {
        this.epicLink = epicLink;
    }

    @Override
    public ObjectNode issueTypeBody(String name, boolean subtask, String description) {
        return Json.object().put("name", name).put("description", description)
                .put("type", subtask ? "subtask" : "standard");
    }

    @Override
    public ObjectNode commentBody(CommentBody body) {
        return Json.object().put("body",
                Objects.requireNonNull(body.wikiMarkup(), "Jira Data Center needs the comment as wiki markup"));
    }

    @Override
    public void putEpic(ObjectNode fields, String epicKey) {
        fields.put(epicLink.id(), epicKey);
    }
}
