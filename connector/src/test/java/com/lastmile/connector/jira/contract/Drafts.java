package com.lastmile.connector.jira.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.lastmile.connector.jira.api.NewIssue;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Drafts for bulk create tests, summary "Draft n": draft 0 is a checkpoint under LM-1, draft 1 a story in epic
 * LM-3, the rest contribute to LM-1; each sets a number field and an entity property.
 */
final class Drafts {

    static final String PROPERTY = "lastmile.import";
    static final String NUMBER_FIELD = "customfield_10050";

    private Drafts() {
    }

    static List<NewIssue> of(int count) {
        return IntStream.range(0, count).mapToObj(Drafts::draft).toList();
    }

    static NewIssue draft(int n) {
        String parent = n == 0 ? "LM-1" : null;
        String epic = n == 1 ? "LM-3" : null;
        List<String> contributesTo = n > 1 ? List.of("LM-1") : List.of();
        JsonNode property = JsonNodeFactory.instance.objectNode().put("batch", "b1").put("index", n);
        return new NewIssue("LM", "10001", "Draft " + n, LocalDate.of(2026, 3, 31), parent, epic, contributesTo,
                Map.of(NUMBER_FIELD, IntNode.valueOf(8)), Map.of(PROPERTY, property));
    }
}
