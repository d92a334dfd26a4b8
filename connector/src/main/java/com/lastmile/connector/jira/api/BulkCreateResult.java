package com.lastmile.connector.jira.api;

import java.util.List;

/**
 * What a bulk create did, per draft (by index into the drafts passed).
 *
 * @param created drafts Jira created
 * @param failed drafts Jira refused, with its messages
 * @param unknown indexes of drafts whose call failed without a response: they may or may not exist now
 */
public record BulkCreateResult(List<Created> created, List<Failed> failed, List<Integer> unknown) {

    public BulkCreateResult {
        created = List.copyOf(created);
        failed = List.copyOf(failed);
        unknown = List.copyOf(unknown);
    }

    public record Created(int index, String id, String key) {
    }

    public record Failed(int index, int status, List<String> messages) {
        public Failed {
            messages = List.copyOf(messages);
        }
    }
}
