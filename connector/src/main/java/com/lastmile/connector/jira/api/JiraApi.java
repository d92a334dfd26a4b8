package com.lastmile.connector.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.lastmile.core.tracker.ValueKind;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Port: the Jira operations Last Mile needs, the same for Cloud and Data Center. Every method is one request
 * unless it says otherwise, and bulk methods batch as Jira allows so that no caller loops per issue.
 * Failures are {@link com.lastmile.connector.jira.http.JiraException}s.
 */
public interface JiraApi {

    JiraFlavor flavor();

    /** The user the credentials belong to. */
    JiraUser myself();

    /** Every field of the site, system and custom. */
    List<FieldInfo> fields();

    /** Creates a custom field of a system type fitting the kind (a RACI field is multi-line text over REST). */
    FieldInfo createField(String name, ValueKind kind, String description);

    /**
     * Adds a field to the default tab of the default screen (admin permission). Jira refuses a value in a create or
     * edit for a field that is not on the issue's screen, so a new field needs this before issues can carry it;
     * projects with screens of their own need their admin to add it there.
     */
    void addFieldToDefaultScreen(String fieldId);

    List<IssueTypeInfo> issueTypes();

    IssueTypeInfo createIssueType(String name, boolean subtask, String description);

    List<LinkTypeInfo> linkTypes();

    LinkTypeInfo createLinkType(String name, String outward, String inward);

    /**
     * Creates issues with {@code POST /issue/bulk}, at most {@link #BULK_CREATE_LIMIT} per call (more drafts make
     * several calls). A call that fails without a response is not resent: its drafts come back as unknown.
     */
    BulkCreateResult createIssues(List<NewIssue> drafts);

    /** Sets fields of one issue ({@code PUT /issue/{key}}); values as in {@link NewIssue#fields()}. */
    void editIssue(String key, Map<String, JsonNode> fields);

    /** Links two issues: {@code outwardKey} &lt;outward text&gt; {@code inwardKey}. */
    void link(String linkTypeName, String outwardKey, String inwardKey);

    void setProperty(String issueKey, String propertyKey, JsonNode value);

    /** Adds a comment: the ADF body on Cloud, the wiki markup on Data Center. */
    void comment(String issueKey, CommentBody body);

    /**
     * Runs a JQL search as the credentials' user and hands every issue to {@code sink}, page by page, asking for
     * the largest page Jira grants. Issues the user may not browse never arrive.
     *
     * @param fieldIds fields to return besides the ones {@link IssueRecord} always carries
     * @param propertyKeys entity properties to return (at most 5)
     * @return how many issues were delivered
     */
    int search(String jql, Collection<String> fieldIds, Collection<String> propertyKeys, Consumer<IssueRecord> sink);

    /** Change histories of several issues, in as few calls as the flavor allows; by issue id, oldest first. */
    Map<String, List<ChangeEntry>> changelogs(Collection<String> issueIds);

    /** Users by id (account id on Cloud, user name on Data Center), in as few calls as the flavor allows. */
    List<JiraUser> users(Collection<String> ids);

    /** Jira accepts at most this many issues per bulk create. */
    int BULK_CREATE_LIMIT = 50;
}
