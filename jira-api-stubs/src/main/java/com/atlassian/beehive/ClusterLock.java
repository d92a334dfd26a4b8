package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/**
 * Compile-only stub of {@code com.atlassian.beehive.ClusterLock}; Javadoc: https://docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLock.html
 * Ledger: not in the ledger: interface extends java.util.concurrent.locks.Lock (beehive Javadoc 0.0.8)
 */
public interface ClusterLock extends Lock {
}
