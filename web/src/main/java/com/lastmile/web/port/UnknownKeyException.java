package com.lastmile.web.port;

/** An item key that does not exist or that the caller may not browse: the two are never told apart. */
public final class UnknownKeyException extends RuntimeException {

    private final String key;

    public UnknownKeyException(String key) {
        super("no item '" + key + "' that you may browse");
        this.key = key;
    }

    public String key() {
        return key;
    }
}
