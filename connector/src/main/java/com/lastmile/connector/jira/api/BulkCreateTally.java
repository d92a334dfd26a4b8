package com.lastmile.connector.jira.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects what each chunk of a bulk create did, by index into all drafts, and reports it in index order. */
final class BulkCreateTally {

    private final List<BulkCreateResult.Created> created = new ArrayList<>();
    private final List<BulkCreateResult.Failed> failed = new ArrayList<>();
    private final List<Integer> unknown = new ArrayList<>();

    void created(int index, String id, String key) {
        created.add(new BulkCreateResult.Created(index, id, key));
    }

    void failed(int index, int status, List<String> messages) {
        failed.add(new BulkCreateResult.Failed(index, status, messages));
    }

    void unknown(int index) {
        unknown.add(index);
    }

    BulkCreateResult result() {
        created.sort(Comparator.comparingInt(BulkCreateResult.Created::index));
        failed.sort(Comparator.comparingInt(BulkCreateResult.Failed::index));
        unknown.sort(Comparator.naturalOrder());
        return new BulkCreateResult(created, failed, unknown);
    }
}
