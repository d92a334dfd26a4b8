package com.atlassian.jira.issue;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;
import java.util.List;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.CustomFieldManager}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/CustomFieldManager.html
 * Ledger: §5.8 interface @PublicApi, C10/C8
 */
public interface CustomFieldManager {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/CustomFieldManager.html#getCustomFieldObject-java.lang.String- — C10 (ledger §5.8) */
    CustomField getCustomFieldObject(String id);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/CustomFieldManager.html#getCustomFieldObjects-- — C10 (ledger §5.8) */
    List<CustomField> getCustomFieldObjects();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/CustomFieldManager.html#getCustomFieldObjects-com.atlassian.jira.issue.Issue- — C10 (ledger §5.8) */
    List<CustomField> getCustomFieldObjects(Issue issue);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/CustomFieldManager.html#getCustomFieldObjectsByName-java.lang.String- — C8 (ledger §5.8) */
    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/CustomFieldManager.html#getCustomFieldType-java.lang.String- — C8 (ledger §5.8) */
    CustomFieldType getCustomFieldType(String key);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/CustomFieldManager.html#getCustomFieldSearcher-java.lang.String- — C8 (ledger §5.8) */
    CustomFieldSearcher getCustomFieldSearcher(String key);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/CustomFieldManager.html#createCustomField-java.lang.String-java.lang.String-com.atlassian.jira.issue.customfields.CustomFieldType-com.atlassian.jira.issue.customfields.CustomFieldSearcher-java.util.List-java.util.List- — C8 (ledger §5.8) */
    CustomField createCustomField(String fieldName, String description, CustomFieldType fieldType,
                                  CustomFieldSearcher customFieldSearcher, List<JiraContextNode> contexts,
                                  List<IssueType> issueTypes) throws GenericEntityException;
}
