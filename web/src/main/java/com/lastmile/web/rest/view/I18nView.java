package com.lastmile.web.rest.view;

import java.util.Map;

/**
 * {@code GET /i18n}: the gadgets' labels in one language.
 *
 * @param locale {@code en} or {@code zh_CN}
 * @param messages key → MessageFormat pattern ({@code {0}} placeholders, {@code ''} for an apostrophe)
 */
public record I18nView(String locale, Map<String, String> messages) {
}
