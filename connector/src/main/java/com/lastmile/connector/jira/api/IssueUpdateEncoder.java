package com.lastmile.connector.jira.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Encodes a {@link NewIssue} as one element of a bulk create's {@code issueUpdates}. Both flavors' schemas
 * (Cloud {@code IssueUpdateDetails}, Data Center {@code IssueUpdateBean}) carry {@code properties}, so entity
 * properties are set in the same call.
 *
 * <p>Each {@code contributesTo} key becomes {@code update.issuelinks: [{"add": {"type": {"name": …},
 * "outwardIssue": {"key": goal}}}]}. We assume the new issue becomes the link's source, so that it reads
 * "new issue contributes to goal", the way an issue's own {@code issuelinks} list names the other end of an
 * outward link {@code outwardIssue}. Neither spec states the direction for links added at creation; this is not
 * verified against a live Jira.
 */
final class IssueUpdateEncoder {

    private final WriteDialect dialect;
    private final String contributesToLinkType;

    IssueUpdateEncoder(WriteDialect dialect, String contributesToLinkType) {
        this.dialect = dialect;
        this.contributesToLinkType = contributesToLinkType;
    }

    ObjectNode encode(NewIssue draft) {
        ObjectNode update = Json.object();
        update.set("fields", fields(draft));
        if (!draft.contributesTo().isEmpty()) {
            update.putObject("update").set("issuelinks", links(draft));
        }
        if (!draft.properties().isEmpty()) {
            ArrayNode properties = update.putArray("properties");
            draft.properties().forEach((key, value) -> properties.addObject().put("key", key).set("value", value));
        }
        return update;
    }

    private ObjectNode fields(NewIssue draft) {
        ObjectNode fields = Json.object();
        fields.set("project", Json.keyed("key", draft.projectKey()));
        fields.set("issuetype", Json.keyed("id", draft.issueTypeId()));
        fields.put("summary", draft.summary());
        if (draft.due() != null) {
            fields.put("duedate", JiraTime.date(draft.due()));
        }
        if (draft.parentKey() != null) {
            fields.set("parent", Json.keyed("key", draft.parentKey()));
        }
        if (draft.epicKey() != null) {
            dialect.putEpic(fields, draft.epicKey());
        }
        fields.setAll(draft.fields());
        return fields;
    }

    private ArrayNode links(NewIssue draft) {
        ArrayNode links = Json.MAPPER.createArrayNode();
        for (String goal : draft.contributesTo()) {
            ObjectNode add = links.addObject().putObject("add");
            add.set("type", Json.keyed("name", contributesToLinkType));
            add.set("outwardIssue", Json.keyed("key", goal));
        }
        return links;
    }
}
