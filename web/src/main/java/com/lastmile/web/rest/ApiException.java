package com.lastmile.web.rest;

import com.lastmile.core.i18n.Messages;
import java.util.Locale;

/**
 * An error the REST API answers as JSON {@code {status, message, parameter}}, its message taken from the i18n
 * bundles in the caller's language. The resources throw it for bad parameters and bodies; hosts' adapters may
 * throw it too (the preview's unknown viewer is a 400 naming {@code viewer}).
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String parameter;
    private final String messageKey;
    private final Object[] args;

    /**
     * @param parameter the one parameter (or body field) at fault, or null
     * @param messageKey a key of the shared bundle; {@code args} fill its placeholders
     */
    public ApiException(int status, String parameter, String messageKey, Object... args) {
        super(Messages.forLocale(Locale.ENGLISH).format(messageKey, args));
        this.status = status;
        this.parameter = parameter;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    /** 400: the named parameter or body field has a value the API cannot use. */
    public static ApiException badParameter(String parameter, String messageKey, Object... args) {
        return new ApiException(400, parameter, messageKey, args);
    }

    public int status() {
        return status;
    }

    public String parameter() {
        return parameter;
    }

    /** The message in the caller's language. */
    public String message(Messages messages) {
        return messages.format(messageKey, args);
    }
}
