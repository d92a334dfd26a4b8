package com.lastmile.web.port;

/** The caller may see the item but not change it (403). */
public final class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
