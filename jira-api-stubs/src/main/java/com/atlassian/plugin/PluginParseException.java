package com.atlassian.plugin;

/**
 * Compile-only stub of {@code com.atlassian.plugin.PluginParseException}; Javadoc: https://docs.atlassian.com/atlassian-plugins-core/latest/com/atlassian/plugin/PluginParseException.html
 * Ledger: §6.2 class, U (superclass)
 */
public class PluginParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** https://docs.atlassian.com/atlassian-plugins-core/latest/com/atlassian/plugin/PluginParseException.html#PluginParseException-java.lang.String- — U (ledger §6.2: superclass unconfirmed; only named in a throws clause) */
    public PluginParseException(String message) {
        super(message);
    }
}
