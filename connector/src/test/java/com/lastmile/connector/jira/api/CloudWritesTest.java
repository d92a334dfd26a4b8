package com.lastmile.connector.jira.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudWritesTest {

    @Test
    void refusesAnIssueWithBothAParentAndAnEpicBecauseBothWouldBeItsParent() {
        IssueUpdateEncoder encoder = new IssueUpdateEncoder(new CloudWrites(), "Contributes to");
        NewIssue both = new NewIssue("LM", "10001", "Checkpoint", null, "LM-1", "LM-3", List.of(), Map.of(), Map.of());

        assertThatThrownBy(() -> encoder.encode(both)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LM-3");
    }
}
