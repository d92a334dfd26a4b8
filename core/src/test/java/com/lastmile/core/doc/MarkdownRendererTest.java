package com.lastmile.core.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lastmile.core.doc.Lozenge.Tone;
import com.lastmile.core.doc.TaskList.Task;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    static final String HOSTILE = "a | b * c {code} [link|http://x] <script>alert(1)</script> _x_ `tick` \\ & #";

    /** Reverses CommonMark backslash escapes of ASCII punctuation. */
    static String unescape(String markdown) {
        return markdown.replaceAll("\\\\([!-/:-@\\[-`{-~])", "$1");
    }

    /** Characters that would be markup anywhere in a line, left unescaped. */
    static List<Character> unescapedSpecials(String markdown) {
        String withoutEscapes = markdown.replaceAll("\\\\[!-/:-@\\[-`{-~]", "");
        return withoutEscapes.chars().mapToObj(c -> (char) c).filter(c -> "[]<>|*`&\\".indexOf(c) >= 0).toList();
    }

    /** What follows the title line and its blank line. */
    static String body(String rendered) {
        int start = rendered.indexOf('\n') + 2;
        return start > rendered.length() ? "" : rendered.substring(start);
    }

    @Test
    void hostileTextInAParagraphIsEscapedAndReadsBackUnchanged() {
        String out = MarkdownRenderer.render(Document.builder("T").paragraph(HOSTILE).build());
        String line = body(out).strip();
        assertThat(line).contains("\\|", "\\*", "\\[link\\|http://x\\]", "\\<script\\>", "\\`tick\\`", "\\\\", "\\&")
                .doesNotContain("<script>", "[link|");
        assertThat(unescapedSpecials(line)).isEmpty();
        assertThat(unescape(line)).isEqualTo(HOSTILE);
    }

    @Test
    void lineStartsThatWouldBeBlocksAreEscaped() {
        for (String text : List.of("- item", "+ item", "# heading", "1. first", "12) twelfth", "=== setext", "> quote",
                "* bullet", "    indented code")) {
            String line = body(MarkdownRenderer.render(Document.builder("T").paragraph(text).build())).strip();
            assertThat(line).as(text).doesNotStartWith(text.strip().substring(0, 1) + " ")
                    .satisfies(l -> assertThat(unescape(l)).isEqualTo(text.strip()));
        }
        assertThat(MarkdownRenderer.render(Document.builder("T").paragraph("1. first").build())).contains("1\\. first");
        assertThat(MarkdownRenderer.render(Document.builder("T").paragraph("2026-04-01 done").build()))
                .contains("2026-04-01 done");
    }

    @Test
    void lineBreaksInAParagraphAreHardBreaksAndTheNextLineCannotStartABlock() {
        String out = body(MarkdownRenderer.render(Document.builder("T").paragraph("first\n# not a heading\r\n- nor a list").build()));
        assertThat(out).isEqualTo("first\\\n\\# not a heading\\\n\\- nor a list\n");
    }

    @Test
    void anUnderscoreInsideAWordStaysReadable() {
        String out = MarkdownRenderer.render(Document.builder("T").paragraph("RACI_MISSING _emph_").build());
        assertThat(out).contains("RACI_MISSING \\_emph\\_");
    }

    @Test
    void boldKeepsSurroundingSpacesOutsideTheDelimiters() {
        String out = body(MarkdownRenderer.render(Document.builder("T")
                .paragraph(Text.bold(" Goal: "), Text.plain("LM-1"), Text.bold("*x*")).build()));
        assertThat(out).isEqualTo(" **Goal:** LM-1**\\*x\\***\n".stripLeading());
    }

    @Test
    void headingsAreOneLineAndEscaped() {
        String out = MarkdownRenderer.render(Document.builder("Title | with [link](x)\nsecond")
                .heading(2, "1. Review the goal").heading(3, "# deep").build());
        assertThat(out).startsWith("# Title \\| with \\[link\\](x) second\n")
                .contains("\n## 1\\. Review the goal\n", "\n### \\# deep\n");
    }

    @Test
    void tablesHaveOneDelimiterRowAndEveryRowTheHeaderWidth() {
        Table table = Table.of(List.of("Key", "Note | pipe", "State"), List.of(
                List.of(Paragraph.of("LM-1"), Paragraph.of("line 1\nline 2 | x"), Paragraph.of(new Lozenge("Major", Tone.RED))),
                List.of(Paragraph.of("LM-2"), Paragraph.empty(), Paragraph.of(new Lozenge("a|`b", Tone.NEUTRAL)))));
        String out = body(MarkdownRenderer.render(Document.builder("T").add(table).build()));
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).isEqualTo("| --- | --- | --- |");
        Pattern separator = Pattern.compile("(?<!\\\\)\\|");
        for (String line : lines) {
            Matcher m = separator.matcher(line);
            int pipes = 0;
            while (m.find()) {
                pipes++;
            }
            assertThat(pipes).as(line).isEqualTo(4);
        }
        assertThat(lines.get(0)).isEqualTo("| Key | Note \\| pipe | State |");
        assertThat(lines.get(2)).isEqualTo("| LM-1 | line 1<br>line 2 \\| x | `Major` |");
        assertThat(lines.get(3)).isEqualTo("| LM-2 | | ``a\\|`b`` |");
    }

    @Test
    void tableRowsMustMatchTheHeader() {
        assertThatThrownBy(() -> Table.of(List.of("a", "b"), List.of(List.of(Paragraph.of("x")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0");
    }

    @Test
    void listsAndTaskLists() {
        String out = body(MarkdownRenderer.render(Document.builder("T")
                .add(BulletList.of(Paragraph.of("one"), Paragraph.of("[ ] not a task\nsecond line")))
                .add(new TaskList(List.of(Task.todo(Paragraph.of("do it")), new Task(Paragraph.of("done"), true))))
                .add(new BulletList(List.of()))
                .build()));
        assertThat(out).isEqualTo("- one\n- \\[ \\] not a task\\\n  second line\n\n- [ ] do it\n- [x] done\n");
    }

    @Test
    void emptyParagraphsAndListsRenderAsNothing() {
        String out = MarkdownRenderer.render(Document.builder("T").paragraph("").add(new TaskList(List.of()))
                .paragraph(Text.plain(""), new Lozenge(" ", Tone.RED)).paragraph("end").build());
        assertThat(out).isEqualTo("# T\n\nend\n");
    }

    @Property(tries = 300)
    void noSpecialCharacterOfAnyTextIsLeftUnescaped(@ForAll String text) {
        String paragraph = body(MarkdownRenderer.render(Document.builder("T")
                .paragraph(Text.bold(text), Text.plain(text)).build()));
        assertThat(unescapedSpecials(paragraph.replace("**", "").replace("\\\n", "\n"))).isEmpty();

        String table = body(MarkdownRenderer.render(Document.builder("T")
                .add(Table.of(List.of("h"), List.of(List.of(Paragraph.of(text))))).build()));
        List<String> lines = table.lines().toList();
        assertThat(lines).hasSize(3);
        String row = lines.get(2);
        assertThat(row).startsWith("|").endsWith("|");
        String cell = row.substring(1, row.length() - 1).replace("<br>", "");
        assertThat(unescapedSpecials(cell)).isEmpty();
    }
}
