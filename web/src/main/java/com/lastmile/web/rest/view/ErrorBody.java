package com.lastmile.web.rest.view;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Every error answer: the HTTP status, a message in the caller's language and, when one parameter or body
 * field is at fault, its name.
 */
public record ErrorBody(int status, String message,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String parameter) {
}
