package com.lastmile.connector.jira.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * The base URL of a Jira site, e.g. {@code https://example.atlassian.net} or {@code https://jira.example.com/jira}.
 * Plain HTTP is accepted only for loopback addresses (tests, a local proxy); everything else must be HTTPS, whose
 * certificate is always verified. A user name or password in the URL is refused and never echoed: credentials come
 * from {@link CredentialsLoader} only, so that they cannot end up in messages that print the site.
 */
public record JiraSite(URI baseUrl) {

    public JiraSite {
        if (baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException("--jira: expected a URL without a user name or password (credentials"
                    + " come from the environment or the credentials file), got '" + withoutUserInfo(baseUrl.toString())
                    + "'");
        }
        String scheme = baseUrl.getScheme();
        if (baseUrl.getHost() == null || !("https".equals(scheme) || "http".equals(scheme) && loopback(baseUrl))) {
            throw new IllegalArgumentException("--jira: expected an https:// URL of a Jira site, got '"
                    + withoutUserInfo(baseUrl.toString()) + "'");
        }
        String text = baseUrl.toString();
        baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    public static JiraSite of(String url) {
        try {
            return new JiraSite(URI.create(url.trim()));
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith("--jira")) {
                throw e;
            }
            // URI.create's message quotes the input, password included, so neither it nor the cause is kept
            throw new IllegalArgumentException("--jira: expected an https:// URL of a Jira site, got '"
                    + withoutUserInfo(url) + "'");
        }
    }

    /** The URL with anything between "//" and the last "@" of its authority masked, for messages. */
    private static String withoutUserInfo(String url) {
        return url.replaceFirst("//[^/?#]*@", "//***@");
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
