/**
 * The REST API of docs/rest-api.md as JAX-RS resources, identical in Jira (REST v2, which builds them with
 * their {@code @Inject} constructors from the host's port beans) and in the preview server. Resources only
 * translate: parameters are parsed here, everything computed comes from {@code core}, and every answer, errors
 * included, is UTF-8 JSON written by {@code LastMileJson}.
 */
package com.lastmile.web.rest;
