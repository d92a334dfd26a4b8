package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only stub of REST v2's {@code LicensedOnly} (artifact {@code com.atlassian.plugins.rest:atlassian-rest-v2-api},
 * not on Maven Central): only licensed, logged-in users may call the annotated resource. Javadoc:
 * https://developer.atlassian.com/server/framework/atlassian-sdk/rest-v2-migration-guide/ (security annotations).
 * Ledger §7: package confirmed C10 through {@code AnonymousSiteAccess}; {@code LicensedOnly} in that package is seen on
 * REST resource methods in public plugin code (search index id 71286251327) — C8. Retention RUNTIME and targets
 * TYPE/METHOD/PACKAGE per the ledger's stub rule (inferred).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface LicensedOnly {
}
