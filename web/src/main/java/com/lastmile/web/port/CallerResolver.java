package com.lastmile.web.port;

import javax.ws.rs.core.HttpHeaders;

/** Port: the calling user of a request (Jira: the authentication context; preview: the viewer switch cookie). */
public interface CallerResolver {

    Caller resolve(HttpHeaders headers);
}
