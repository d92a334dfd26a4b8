package com.lastmile.connector.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.lastmile.core.tracker.ValueKind;
import java.util.List;
import java.util.Map;

/**
 * Base of test doubles that only read a Jira (the tree loader, audit, the live preview): every operation they do not
 * override refuses, so a test fails loudly when the code under test does more than it should.
 */
public abstract class ReadOnlyJiraApi implements JiraApi {

    private static UnsupportedOperationException notRead(String operation) {
        return new UnsupportedOperationException(operation + " is not expected from a reading client");
    }

    @Override
    public JiraFlavor flavor() {
        throw notRead("flavor");
    }

    @Override
    public JiraUser myself() {
        throw notRead("myself");
    }

    @Override
    public FieldInfo createField(String name, ValueKind kind, String description) {
        throw notRead("createField");
    }

    @Override
    public void addFieldToDefaultScreen(String fieldId) {
        throw notRead("addFieldToDefaultScreen");
    }

    @Override
    public List<IssueTypeInfo> issueTypes() {
        throw notRead("issueTypes");
    }

    @Override
    public IssueTypeInfo createIssueType(String name, boolean subtask, String description) {
        throw notRead("createIssueType");
    }

    @Override
    public List<LinkTypeInfo> linkTypes() {
        throw notRead("linkTypes");
    }

    @Override
    public LinkTypeInfo createLinkType(String name, String outward, String inward) {
        throw notRead("createLinkType");
    }

    @Override
    public BulkCreateResult createIssues(List<NewIssue> drafts) {
        throw notRead("createIssues");
    }

    @Override
    public void editIssue(String key, Map<String, JsonNode> fields) {
        throw notRead("editIssue");
    }

    @Override
    public void link(String linkTypeName, String outwardKey, String inwardKey) {
        throw notRead("link");
    }

    @Override
    public void setProperty(String issueKey, String propertyKey, JsonNode value) {
        throw notRead("setProperty");
    }

    @Override
    public void comment(String issueKey, CommentBody body) {
        throw notRead("comment");
    }
}
