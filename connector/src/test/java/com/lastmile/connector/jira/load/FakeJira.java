package com.lastmile.connector.jira.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.lastmile.connector.jira.api.ChangeEntry;
import com.lastmile.connector.jira.api.FieldInfo;
import com.lastmile.connector.jira.api.IssueRecord;
import com.lastmile.connector.jira.api.JiraUser;
import com.lastmile.connector.jira.api.ReadOnlyJiraApi;
import com.lastmile.connector.jira.http.JiraException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An in-memory Jira for the loader: the issues a search finds (whatever the JQL), their changelogs and the site's
 * users and fields. It counts every call and keeps what each was asked, and can fail one kind of call as Jira would.
 */
final class FakeJira extends ReadOnlyJiraApi {

    final List<FieldInfo> fields = new ArrayList<>();
    final List<IssueRecord> issues = new ArrayList<>();
    final Map<String, List<ChangeEntry>> changelogs = new HashMap<>();
    final Map<String, JiraUser> users = new LinkedHashMap<>();

    final Map<String, Integer> calls = new HashMap<>();
    final List<String> jqls = new ArrayList<>();
    final List<List<String>> searchedFields = new ArrayList<>();
    final List<List<String>> changelogIds = new ArrayList<>();
    final List<List<String>> userIds = new ArrayList<>();
    private String failing;

    /** Makes every call of that method fail with Jira's 400 and a message. */
    void fail(String method) {
        failing = method;
    }

    int calls(String method) {
        return calls.getOrDefault(method, 0);
    }

    int totalCalls() {
        return calls.values().stream().mapToInt(Integer::intValue).sum();
    }

    void user(String id, String name, boolean active) {
        users.put(id, new JiraUser(id, name, active));
    }

    private void call(String method) {
        calls.merge(method, 1, Integer::sum);
        if (method.equals(failing)) {
            throw new JiraException(method + " failed: Jira answered 400 (The value 'x' does not exist)", 400,
                    List.of("The value 'x' does not exist"), false, null);
        }
    }

    @Override
    public List<FieldInfo> fields() {
        call("fields");
        return List.copyOf(fields);
    }

    @Override
    public int search(String jql, Collection<String> fieldIds, Collection<String> propertyKeys,
                      Consumer<IssueRecord> sink) {
        call("search");
        jqls.add(jql);
        searchedFields.add(List.copyOf(fieldIds));
        issues.forEach(sink);
        return issues.size();
    }

    @Override
    public Map<String, List<ChangeEntry>> changelogs(Collection<String> issueIds) {
        call("changelogs");
        changelogIds.add(List.copyOf(issueIds));
        Map<String, List<ChangeEntry>> found = new HashMap<>();
        issueIds.stream().filter(changelogs::containsKey).forEach(id -> found.put(id, changelogs.get(id)));
        return found;
    }

    @Override
    public List<JiraUser> users(Collection<String> ids) {
        call("users");
        userIds.add(List.copyOf(ids));
        return ids.stream().filter(users::containsKey).map(users::get).toList();
    }
}
