package com.lastmile.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.lastmile.web.port.CallerResolver;
import com.lastmile.web.rest.view.I18nView;
import javax.inject.Inject;
import javax.ws.rs.BeanParam;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

/**
 * {@code GET /i18n}: every {@code gadget.*} message of the shared bundle in the caller's language, so one
 * gadget script labels itself alike in Jira and in the preview.
 */
@LicensedOnly
@Path("i18n")
public final class I18nResource {

    private static final String GADGET_PREFIX = "gadget.";

    private final CallerResolver callers;

    @Inject
    public I18nResource(CallerResolver callers) {
        this.callers = callers;
    }

    @GET
    public Response messages(@Context HttpHeaders headers, @BeanParam CommonParameters parameters) {
        Call call = Call.start(callers, headers, parameters);
        return JsonResponses.ok(new I18nView(call.messages().locale().toString(),
                call.messages().withPrefix(GADGET_PREFIX)), call.messages());
    }
}
