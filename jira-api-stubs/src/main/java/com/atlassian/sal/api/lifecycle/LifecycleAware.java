package com.atlassian.sal.api.lifecycle;

/**
 * Compile-only stub of {@code com.atlassian.sal.api.lifecycle.LifecycleAware}; Javadoc: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/lifecycle/LifecycleAware.html
 * Ledger: §6.2 interface, C8
 */
public interface LifecycleAware {
    /** https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/lifecycle/LifecycleAware.html#onStart-- — C8 (ledger §6.2) */
    void onStart();

    /** https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/lifecycle/LifecycleAware.html#onStop-- — C8 (ledger §6.2) */
    void onStop();
}
