package com.lastmile.web.port;

/**
 * Which part of the strategy a request is about.
 *
 * @param root key of a goal whose subtree is the scope, or null
 * @param jql Jira only: the scope as a JQL query, or null
 */
public record ScopeQuery(String root, String jql) {
}
