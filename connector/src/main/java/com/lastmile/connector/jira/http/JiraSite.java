package com.lastmile.connector.jira.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * The base URL of a Jira site, e.g. {@code https://example.atlassian.net} or {@code https://jira.example.com/jira}.
 * Plain HTTP is accepted only for loopback addresses (tests, a local proxy); everything else must be HTTPS, whose
 * certificate is always verified.
 */
public record JiraSite(URI baseUrl) {

    public JiraSite {
        String scheme = baseUrl.getScheme();
        if (baseUrl.getHost() == null || !("https".equals(scheme) || "http".equals(scheme) && loopback(baseUrl))) {
            throw new IllegalArgumentException("--jira: expected an https:// URL of a Jira site, got '" + baseUrl + "'");
        }
        String text = baseUrl.toString();
        baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    public static JiraSite of(String url) {
        try {
            return new JiraSite(URI.create(url.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().startsWith("--jira")
                    ? e.getMessage() : "--jira: expected an https:// URL of a Jira site, got '" + url + "'", e);
        }
    }

    /** The full URI of a path below the base URL. */
    public URI resolve(String path) {
        return URI.create(baseUrl + path);
    }

    private static boolean loopback(URI url) {
        try {
            return InetAddress.getByName(url.getHost()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
