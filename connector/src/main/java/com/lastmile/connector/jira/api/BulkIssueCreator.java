package com.lastmile.connector.jira.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lastmile.connector.jira.http.JiraException;
import com.lastmile.connector.jira.http.JiraRequest;
import com.lastmile.connector.jira.http.JiraTransport;
import java.util.List;

/**
 * Creates issues with {@code POST /issue/bulk}, {@link JiraApi#BULK_CREATE_LIMIT} per call, and carries on with the
 * next chunk whatever happened to one: a chunk that failed without an answer leaves its drafts unknown (the call
 * is never resent), a chunk Jira refused as a whole fails each of its drafts with Jira's messages.
 */
final class BulkIssueCreator {

    private final JiraTransport transport;
    private final String path;
    private final IssueUpdateEncoder encoder;

    BulkIssueCreator(JiraTransport transport, JiraFlavor flavor, IssueUpdateEncoder encoder) {
        this.transport = transport;
        this.path = flavor.apiBase() + "/issue/bulk";
        this.encoder = encoder;
    }

    BulkCreateResult create(List<NewIssue> drafts) {
        BulkCreateTally tally = new BulkCreateTally();
        for (int offset = 0; offset < drafts.size(); offset += JiraApi.BULK_CREATE_LIMIT) {
            List<NewIssue> chunk = drafts.subList(offset, Math.min(drafts.size(), offset + JiraApi.BULK_CREATE_LIMIT));
            createChunk(chunk, offset, tally);
        }
        return tally.result();
    }

    /** A draft's own messages when Jira named it, else the call's. */
    private static List<String> messagesFor(int element, JiraException e) {
        List<String> own = e.elementMessages(element);
        if (!own.isEmpty()) {
            return own;
        }
        return e.jiraMessages().isEmpty() ? List.of(e.getMessage()) : e.jiraMessages();
    }

    private void createChunk(List<NewIssue> chunk, int offset, BulkCreateTally tally) {
        ObjectNode body = Json.object();
        ArrayNode updates = body.putArray("issueUpdates");
        chunk.forEach(draft -> updates.add(encoder.encode(draft)));
        try {
            BulkCreateReply.read(transport.send(JiraRequest.create(path, body)).body(), offset, chunk.size(), tally);
        } catch (JiraException e) {
            for (int index = offset; index < offset + chunk.size(); index++) {
                if (e.outcomeUnknown()) {
                    tally.unknown(index);
                } else {
                    tally.failed(index, e.status(), messagesFor(index - offset, e));
                }
            }
        }
    }
}
