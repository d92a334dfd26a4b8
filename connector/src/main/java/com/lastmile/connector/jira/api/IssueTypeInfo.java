package com.lastmile.connector.jira.api;

public record IssueTypeInfo(String id, String name, boolean subtask) {
}
