package com.lastmile.web.port;

import java.util.Locale;

/**
 * Who is calling a resource, as the host knows it.
 *
 * @param viewer the person's id, or null for a caller who may browse everything (preview only)
 * @param locale the caller's language
 * @param authenticated false for an anonymous caller (Jira: 401)
 */
public record Caller(String viewer, Locale locale, boolean authenticated) {
}
