package com.lastmile.connector.jira.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkCreateReplyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void matchesCreatedIssuesToTheElementsThatDidNotFailInOrder() throws Exception {
        BulkCreateTally tally = new BulkCreateTally();

        BulkCreateReply.read(json("""
                {"issues": [{"id": "1", "key": "LM-1"}, {"id": "3", "key": "LM-3"}],
                 "errors": [{"status": 400, "failedElementNumber": 1,
                             "elementErrors": {"errorMessages": ["Refused."], "errors": {"summary": "Required."}}}]}
                """), 100, 3, tally);

        BulkCreateResult result = tally.result();
        assertThat(result.created()).containsExactly(new BulkCreateResult.Created(100, "1", "LM-1"),
                new BulkCreateResult.Created(102, "3", "LM-3"));
        assertThat(result.failed()).containsExactly(
                new BulkCreateResult.Failed(101, 400, List.of("Refused.", "summary: Required.")));
        assertThat(result.unknown()).isEmpty();
    }

    @Test
    void reportsTheUnfailedDraftsAsUnknownWhenTheCountsDoNotAddUp() throws Exception {
        BulkCreateTally tally = new BulkCreateTally();

        BulkCreateReply.read(json("""
                {"issues": [{"id": "1", "key": "LM-1"}],
                 "errors": [{"status": 400, "failedElementNumber": 0, "elementErrors": {"errorMessages": ["No."]}}]}
                """), 0, 3, tally);

        BulkCreateResult result = tally.result();
        assertThat(result.created()).isEmpty();
        assertThat(result.failed()).extracting(BulkCreateResult.Failed::index).containsExactly(0);
        assertThat(result.unknown()).containsExactly(1, 2);
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
