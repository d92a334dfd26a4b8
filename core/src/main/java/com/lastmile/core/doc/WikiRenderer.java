package com.lastmile.core.doc;

import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Document} as Jira wiki markup (Jira Data Center's description format).
 *
 * <ul>
 *   <li>Title {@code h1. }, headings {@code h2. } and below.</li>
 *   <li>Bold {@code *…*}; lozenges as coloured bold text {@code {color:#de350b}*…*{color}}.</li>
 *   <li>Bullet lists {@code * item}; task lists {@code * [ ] item} / {@code * [x] item} with the brackets escaped
 *       (Jira wiki markup has no checkbox).</li>
 *   <li>Tables {@code ||header||header||} and {@code |cell|cell|}; an empty cell holds a space.</li>
 *   <li>A line break in any text becomes the forced line break {@code \\}, so user text never starts a line.</li>
 * </ul>
 *
 * <p>User text can never inject markup or macros: every character Jira's renderer accepts a backslash escape
 * for ({@code - # * _ + ? ^ ~ | % { } [ ] ( ) ! @}) is escaped, a backslash itself becomes the entity
 * {@code &#92;} (two backslashes would be a line break), a phrase delimiter ({@code * _ - + ^ ~}) between two
 * letters or digits is left as it is (it can neither open nor close a phrase there, and issue keys such as
 * {@code LM-1} stay linkable), and a text that would begin a block with
 * {@code h1.}–{@code h6.} or {@code bq.} has its dot written as {@code &#46;}.
 */
public final class WikiRenderer {

    /** Jira's BackslashEscapeRendererComponent accepts exactly these after a backslash. */
    private static final String ESCAPABLE = "-#*_+?^~|%{}[]()!@";
    private static final String LINE_BREAK = " \\\\ ";
    /**
     * Jira opens a phrase ({@code *strong*}, {@code _emphasis_}, {@code -deleted-}, {@code +inserted+},
     * {@code ^sup^}, {@code ~sub~}) only after a non-letter-or-digit and closes it only before one, so these
     * characters need no escape between two letters or digits: "LM-1" stays a linkable issue key.
     */
    private static final String PHRASE_DELIMITERS = "*_-+^~";

    private WikiRenderer() {
    }

    public static String render(Document document) {
        StringBuilder out = new StringBuilder();
        out.append("h1. ").append(singleLine(document.title())).append('\n');
        for (Block block : document.blocks()) {
            String rendered = block(block);
            if (!rendered.isEmpty()) {
                out.append('\n').append(rendered);
            }
        }
        return out.toString();
    }

    private static String block(Block block) {
        if (block instanceof Heading h) {
            return "h" + h.level() + ". " + singleLine(h.text()) + "\n";
        } else if (block instanceof Paragraph p) {
            return p.isBlank() ? "" : inlines(p.content(), true) + "\n";
        } else if (block instanceof BulletList list) {
            return lines(list.items().stream().map(p -> "* " + inlines(p.content(), false)).toList());
        } else if (block instanceof TaskList tasks) {
            return lines(tasks.items().stream()
                    .map(t -> (t.done() ? "* \\[x\\] " : "* \\[ \\] ") + inlines(t.content().content(), false))
                    .toList());
        }
        return table((Table) block);
    }

    private static String lines(List<String> lines) {
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    private static String table(Table table) {
        StringBuilder out = new StringBuilder("||");
        for (Paragraph cell : table.header()) {
            out.append(cell(cell)).append("||");
        }
        out.append('\n');
        for (List<Paragraph> row : table.rows()) {
            out.append('|');
            for (Paragraph cell : row) {
                out.append(cell(cell)).append('|');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** A cell's content; never empty, since {@code ||} inside a row would start a header cell. */
    private static String cell(Paragraph cell) {
        String text = inlines(cell.content(), false);
        return text.isEmpty() ? " " : text;
    }

    /**
     * @param blockStart the content begins a block (a paragraph), where {@code h1.} or {@code bq.} would be markup
     */
    private static String inlines(List<Inline> content, boolean blockStart) {
        StringBuilder out = new StringBuilder();
        boolean afterPhrase = false;
        for (Inline inline : content) {
            String segment;
            if (inline instanceof Lozenge l) {
                segment = l.text().isBlank() ? "" : phrase(l.text(), colour(l.tone()));
            } else {
                Text t = (Text) inline;
                segment = t.text().isEmpty() ? "" : t.bold() ? phrase(t.text(), null)
                        : escape(t.text(), blockStart && out.isEmpty());
            }
            if (segment.isEmpty()) {
                continue;
            }
            boolean isPhrase = inline instanceof Lozenge || ((Text) inline).bold();
            // Jira closes and opens a phrase only when its delimiters are not glued to a letter or digit
            int first = segment.codePointAt(0);
            boolean glued = isPhrase && !Character.isWhitespace(first) && !out.isEmpty()
                    && Character.isLetterOrDigit(out.codePointBefore(out.length()))
                    || afterPhrase && (isPhrase && !Character.isWhitespace(first) || Character.isLetterOrDigit(first));
            if (glued) {
                out.append(' ');
            }
            out.append(segment);
            afterPhrase = isPhrase && (segment.endsWith("*") || segment.endsWith("{color}"));
        }
        return out.toString();
    }

    private static String colour(Lozenge.Tone tone) {
        return switch (tone) {
            case NEUTRAL -> null;
            case PURPLE -> "#5243aa";
            case BLUE -> "#0052cc";
            case RED -> "#de350b";
            case YELLOW -> "#ff8b00";
            case GREEN -> "#00875a";
        };
    }

    /**
     * Bold text {@code *…*}, optionally coloured. Jira recognises a phrase only when the delimiters touch
     * non-space text, so surrounding spaces are kept outside them.
     */
    private static String phrase(String text, String colour) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return escape(text, false);
        }
        int start = text.indexOf(trimmed);
        StringBuilder out = new StringBuilder(escape(text.substring(0, start), false));
        if (colour != null) {
            out.append("{color:").append(colour).append('}');
        }
        out.append('*').append(escape(trimmed, false)).append('*');
        if (colour != null) {
            out.append("{color}");
        }
        return out.append(escape(text.substring(start + trimmed.length()), false)).toString();
    }

    /** A heading's text: one line, escaped. */
    static String singleLine(String text) {
        return escape(text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').strip(), false);
    }

    /**
     * Escapes user text for Jira wiki markup. Line breaks become forced line breaks.
     *
     * @param blockStart the text begins a block, where {@code hN.} and {@code bq.} would be recognised
     */
    static String escape(String text, boolean blockStart) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        int entityDot = -1;
        if (blockStart && normalised.stripLeading().toLowerCase(Locale.ROOT).matches("(?s)(h[1-6]|bq)\\..*")) {
            entityDot = normalised.indexOf('.');
        }
        StringBuilder out = new StringBuilder(normalised.length() + 16);
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (i == entityDot) {
                out.append("&#46;");
            } else if (c == '\n') {
                out.append(LINE_BREAK);
            } else if (c == '\\') {
                out.append("&#92;");
            } else if (ESCAPABLE.indexOf(c) >= 0 && !betweenLettersOrDigits(PHRASE_DELIMITERS, normalised, i)) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the character at {@code i} is one of {@code chars} with a letter or digit on both sides. */
    static boolean betweenLettersOrDigits(String chars, String text, int i) {
        return chars.indexOf(text.charAt(i)) >= 0 && i > 0 && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
    }
}
