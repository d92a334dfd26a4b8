package com.lastmile.app.serve;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The content type of a static file by its extension; text types declare UTF-8. Unknown extensions are not served. */
final class ContentTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html; charset=UTF-8"),
            Map.entry("js", "text/javascript; charset=UTF-8"),
            Map.entry("mjs", "text/javascript; charset=UTF-8"),
            Map.entry("css", "text/css; charset=UTF-8"),
            Map.entry("json", "application/json; charset=UTF-8"),
            Map.entry("map", "application/json; charset=UTF-8"),
            Map.entry("txt", "text/plain; charset=UTF-8"),
            Map.entry("svg", "image/svg+xml; charset=UTF-8"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"));

    private ContentTypes() {
    }

    static Optional<String> of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }
}
