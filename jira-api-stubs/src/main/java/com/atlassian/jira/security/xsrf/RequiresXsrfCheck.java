package com.atlassian.jira.security.xsrf;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only stub of {@code com.atlassian.jira.security.xsrf.RequiresXsrfCheck}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/security/xsrf/RequiresXsrfCheck.html
 * Ledger: conventions §1.10 (SP 10.3), C10; RUNTIME retention because Jira reads it (ledger rule 6)
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresXsrfCheck {
}
