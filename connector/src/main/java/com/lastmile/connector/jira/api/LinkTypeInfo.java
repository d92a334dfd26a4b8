package com.lastmile.connector.jira.api;

public record LinkTypeInfo(String id, String name, String outward, String inward) {
}
