package com.lastmile.web.rest;

import java.util.Set;

/**
 * Every class of the REST API, for hosts that register classes rather than scan this package: the preview
 * server and the tests. Jira finds the same resources and {@code @Provider}s by scanning the package.
 */
public final class RestComponents {

    /** The base path under the host's REST root, as docs/rest-api.md fixes it. */
    public static final String BASE_PATH = "/rest/lastmile/1.0";

    private RestComponents() {
    }

    public static Set<Class<?>> resources() {
        return Set.of(TreeResource.class, CheckpointResource.class, ReviewResource.class, RaciResource.class,
                FindingResource.class, RetroResource.class, I18nResource.class);
    }

    /** The exception mappers, including the catch-all that only the preview registers. */
    public static Set<Class<?>> providers() {
        return Set.of(ApiExceptionMapper.class, UnknownKeyExceptionMapper.class, NotPermittedExceptionMapper.class,
                WebApplicationExceptionMapper.class, UnexpectedErrorMapper.class);
    }
}
