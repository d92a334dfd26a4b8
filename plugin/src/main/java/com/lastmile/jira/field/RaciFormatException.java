package com.lastmile.jira.field;

import com.lastmile.core.i18n.Messages;
import java.util.List;

/** A RACI value that cannot be read; carries an i18n key so each user reads the reason in their language. */
public final class RaciFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> args;

    public RaciFormatException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public String message(Messages messages) {
        return messages.format(messageKey, args.toArray());
    }
}
