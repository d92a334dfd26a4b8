package com.atlassian.beehive;

/**
 * Compile-only stub of {@code com.atlassian.beehive.ClusterLockService}; Javadoc: https://docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLockService.html
 * Ledger: not in the ledger: interface @PublicApi of atlassian beehive
 */
public interface ClusterLockService {
    /** https://docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLockService.html#getLockForName-java.lang.String- — beehive Javadoc (not in the ledger; Jira DC provides the service: U for 10.3, see docs/jira-api-verification.md) */
    ClusterLock getLockForName(String lockName);
}
