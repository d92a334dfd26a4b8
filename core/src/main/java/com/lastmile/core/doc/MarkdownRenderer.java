package com.lastmile.core.doc;

import java.util.List;

/**
 * Renders a {@link Document} as GitHub-flavoured Markdown.
 *
 * <ul>
 *   <li>Title {@code # }, headings {@code ## } and below; text on one line.</li>
 *   <li>Bold text {@code **…**}; lozenges as code spans {@code `…`}.</li>
 *   <li>Bullet lists {@code - item}, task lists {@code - [ ] item} / {@code - [x] item}.</li>
 *   <li>Pipe tables with a {@code | --- |} delimiter row; a line break in a cell becomes {@code <br>}.</li>
 *   <li>A line break in a paragraph or list item becomes a backslash hard break.</li>
 * </ul>
 *
 * <p>User text can never become markup: the punctuation Markdown gives meaning to anywhere in a line
 * ({@code \ ` * _ [ ] < > | ~ & #}) is backslash-escaped (except an underscore between two letters or digits,
 * which cannot delimit emphasis), and so are the characters that only matter at the
 * start of a line ({@code - + =}, a number followed by {@code .} or {@code )}); leading spaces, which could
 * start a code block, are dropped. Raw HTML such as {@code <script>} therefore renders as text.
 */
public final class MarkdownRenderer {

    private static final String ESCAPED_ANYWHERE = "\\`*_[]<>|~&#";

    private MarkdownRenderer() {
    }

    public static String render(Document document) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(singleLine(document.title())).append('\n');
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
            return "#".repeat(h.level()) + " " + singleLine(h.text()) + "\n";
        } else if (block instanceof Paragraph p) {
            return p.isBlank() ? "" : inlines(p.content(), false) + "\n";
        } else if (block instanceof BulletList list) {
            return list(list.items().stream().map(p -> "- " + item(p)).toList());
        } else if (block instanceof TaskList tasks) {
            return list(tasks.items().stream()
                    .map(t -> (t.done() ? "- [x] " : "- [ ] ") + item(t.content())).toList());
        }
        return table((Table) block);
    }

    private static String list(List<String> lines) {
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    /** A list item: continuation lines are indented so they stay inside the item. */
    private static String item(Paragraph paragraph) {
        return inlines(paragraph.content(), false).replace("\n", "\n  ");
    }

    private static String table(Table table) {
        StringBuilder out = new StringBuilder();
        row(out, table.header());
        out.append('|');
        for (int c = 0; c < table.columns(); c++) {
            out.append(" --- |");
        }
        out.append('\n');
        for (List<Paragraph> row : table.rows()) {
            row(out, row);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<Paragraph> cells) {
        out.append('|');
        for (Paragraph cell : cells) {
            String text = inlines(cell.content(), true);
            out.append(' ').append(text).append(text.isEmpty() ? "|" : " |");
        }
        out.append('\n');
    }

    private static String inlines(List<Inline> content, boolean inTable) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : content) {
            boolean atStart = !inTable && out.length() == 0;
            if (inline instanceof Lozenge l) {
                out.append(codeSpan(l.text(), inTable));
            } else {
                Text t = (Text) inline;
                if (t.bold()) {
                    bold(out, t.text(), inTable, atStart);
                } else {
                    out.append(text(t.text(), inTable, atStart));
                }
            }
        }
        return out.toString();
    }

    /** {@code **text**}, with surrounding spaces kept outside the delimiters so that they still close. */
    private static void bold(StringBuilder out, String text, boolean inTable, boolean atStart) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            out.append(text(text, inTable, atStart));
            return;
        }
        int start = text.indexOf(trimmed);
        out.append(text(text.substring(0, start), inTable, atStart))
                .append("**").append(text(trimmed, inTable, false)).append("**")
                .append(text(text.substring(start + trimmed.length()), inTable, false));
    }

    /**
     * Escaped text. A line break becomes {@code <br>} in a table cell, else a backslash hard break.
     *
     * @param atStart the text begins a Markdown line (a paragraph or list item)
     */
    static String text(String text, boolean inTable, boolean atStart) {
        String[] lines = normaliseNewlines(text).split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append(inTable ? "<br>" : "\\\n");
            }
            boolean lineStart = !inTable && (i > 0 || atStart);
            out.append(escapeLine(lineStart ? lines[i].stripLeading() : lines[i], lineStart));
        }
        return out.toString();
    }

    /** A heading's text: one line, escaped. */
    static String singleLine(String text) {
        return escapeLine(normaliseNewlines(text).replace('\n', ' ').strip(), true);
    }

    /**
     * Escapes one line of user text. {@code lineStart}: the text begins a Markdown line, where list markers,
     * setext underlines and ordered-list numbers would be recognised.
     */
    static String escapeLine(String line, boolean lineStart) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        int first = 0;
        if (lineStart && !line.isEmpty()) {
            if ("-+=".indexOf(line.charAt(0)) >= 0) {
                out.append('\\').append(line.charAt(0));
                first = 1;
            } else {
                int digits = 0;
                while (digits < line.length() && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
                    digits++;
                }
                if (digits > 0 && digits < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')')) {
                    out.append(line, 0, digits).append('\\').append(line.charAt(digits));
                    first = digits + 1;
                }
            }
        }
        for (int i = first; i < line.length(); i++) {
            char c = line.charAt(i);
            if (ESCAPED_ANYWHERE.indexOf(c) >= 0 && !WikiRenderer.betweenLettersOrDigits("_", line, i)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A code span that holds any text: the fence is longer than any backtick run inside. */
    private static String codeSpan(String text, boolean inTable) {
        if (text.isBlank()) {
            return "";
        }
        String body = normaliseNewlines(text).replace('\n', ' ');
        if (inTable) {
            body = body.replace("|", "\\|");
        }
        int longest = 0;
        int run = 0;
        for (int i = 0; i < body.length(); i++) {
            run = body.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = body.startsWith("`") || body.endsWith("`") || (body.startsWith(" ") && body.endsWith(" "));
        return fence + (pad ? " " + body + " " : body) + fence;
    }

    private static String normaliseNewlines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
