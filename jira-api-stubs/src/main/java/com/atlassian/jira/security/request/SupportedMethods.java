package com.atlassian.jira.security.request;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only stub of {@code com.atlassian.jira.security.request.SupportedMethods}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/security/request/SupportedMethods.html
 * Ledger: conventions §1.10 (SP 10.3), C10; RUNTIME retention because Jira reads it
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SupportedMethods {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/security/request/SupportedMethods.html#value-- — C10 (SP 10.3) */
    RequestMethod[] value();
}
