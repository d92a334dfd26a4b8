package com.lastmile.core.doc;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.core.doc.Lozenge.Tone;
import com.lastmile.core.doc.TaskList.Task;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class WikiRendererTest {

    static final String HOSTILE = "a | b * c {code}x{code} [link|http://x] !image.png! <script>alert(1)</script> "
            + "_x_ -y- +z+ ^s^ ~t~ ??cite?? {{mono}} (x) @user 50% \\\\ end\\";

    /** Reverses the renderer's escapes: backslash escapes, the two entities and forced line breaks. */
    static String unescape(String wiki) {
        return wiki.replace(" \\\\ ", "\n").replaceAll("\\\\([-#*_+?^~|%{}\\[\\]()!@])", "$1")
                .replace("&#92;", "\\").replace("&#46;", ".");
    }

    /** Wiki-special characters left without their backslash. */
    static String unescapedSpecials(String wiki) {
        String stripped = wiki.replace(" \\\\ ", " ").replaceAll("\\\\[-#*_+?^~|%{}\\[\\]()!@]", "");
        StringBuilder left = new StringBuilder();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            boolean inWord = i > 0 && i + 1 < stripped.length() && Character.isLetterOrDigit(stripped.charAt(i - 1))
                    && Character.isLetterOrDigit(stripped.charAt(i + 1));
            if ("{}[]|!?%@#()\\".indexOf(c) >= 0 || "*_-+^~".indexOf(c) >= 0 && !inWord) {
                left.append(c);
            }
        }
        return left.toString();
    }

    /** What follows the title line and its blank line. */
    static String body(String rendered) {
        int start = rendered.indexOf('\n') + 2;
        return start > rendered.length() ? "" : rendered.substring(start);
    }

    @Test
    void hostileTextCannotInjectMarkupOrMacros() {
        String line = body(WikiRenderer.render(Document.builder("T").paragraph(HOSTILE).build())).strip();
        assertThat(line).contains("\\{code\\}x\\{code\\}", "\\[link\\|http://x\\]", "\\!image.png\\!", "\\*", "\\_x\\_",
                "\\-y\\-", "\\{\\{mono\\}\\}", "\\?\\?cite\\?\\?", "\\(x\\)", "50\\%", "&#92;&#92;", "end&#92;")
                .doesNotContain("{code}", "[link|", "\\\\");
        assertThat(unescapedSpecials(line.replace("&#92;", ""))).isEmpty();
        assertThat(unescape(line)).isEqualTo(HOSTILE);
    }

    @Test
    void htmlIsLeftToJiraWhichEscapesItItself() {
        assertThat(WikiRenderer.render(Document.builder("T").paragraph("<script>").build())).contains("<script>");
    }

    @Test
    void blockMarkupAtTheStartOfAParagraphIsDefused() {
        assertThat(body(WikiRenderer.render(Document.builder("T").paragraph("h1. Title").build()))).isEqualTo("h1&#46; Title\n");
        assertThat(body(WikiRenderer.render(Document.builder("T").paragraph(" bq. quote").build()))).isEqualTo(" bq&#46; quote\n");
        assertThat(body(WikiRenderer.render(Document.builder("T").paragraph("- item").build()))).isEqualTo("\\- item\n");
        assertThat(body(WikiRenderer.render(Document.builder("T").paragraph("# item").build()))).isEqualTo("\\# item\n");
        assertThat(body(WikiRenderer.render(Document.builder("T").paragraph("* item").build()))).isEqualTo("\\* item\n");
        assertThat(body(WikiRenderer.render(Document.builder("T").paragraph("----").build()))).isEqualTo("\\-\\-\\-\\-\n");
        assertThat(body(WikiRenderer.render(Document.builder("T").paragraph("the h1. in the middle").build())))
                .isEqualTo("the h1. in the middle\n");
    }

    @Test
    void lineBreaksBecomeForcedBreaksSoUserTextNeverStartsALine() {
        String out = body(WikiRenderer.render(Document.builder("T").paragraph("one\nh2. two\r\n* three").build()));
        assertThat(out).isEqualTo("one \\\\ h2. two \\\\ \\* three\n");
        assertThat(out.lines()).hasSize(1);
    }

    @Test
    void delimitersInsideWordsStaySoIssueKeysRemainLinks() {
        String out = body(WikiRenderer.render(Document.builder("T").paragraph("LM-1 snake_case 2026-04-01 a+b -x- _y_").build()));
        assertThat(out).isEqualTo("LM-1 snake_case 2026-04-01 a+b \\-x\\- \\_y\\_\n");
    }

    @Test
    void headingsAndTitle() {
        String out = WikiRenderer.render(Document.builder("复盘:LM-1 {panel}").heading(2, "一、回顾目标").heading(3, "a\nb").build());
        assertThat(out).isEqualTo("h1. 复盘:LM-1 \\{panel\\}\n\nh2. 一、回顾目标\n\nh3. a b\n");
    }

    @Test
    void boldIsSeparatedFromAdjacentLettersSoJiraRecognisesIt() {
        String out = body(WikiRenderer.render(Document.builder("T")
                .paragraph(Text.plain("负责人"), Text.bold("李明"), Text.plain("确认"), Text.bold(" A: "), Text.plain("x"))
                .build()));
        assertThat(out).isEqualTo("负责人 *李明* 确认 *A:* x\n");
    }

    @Test
    void lozengesAreColouredBoldText() {
        String out = body(WikiRenderer.render(Document.builder("T")
                .paragraph(new Lozenge("Major deviation", Tone.RED), Text.plain(" "), new Lozenge("{x}", Tone.NEUTRAL))
                .build()));
        assertThat(out).isEqualTo("{color:#de350b}*Major deviation*{color} *\\{x\\}*\n");
    }

    @Test
    void tables() {
        Table table = Table.of(List.of("Key", "Note"), List.of(
                List.of(Paragraph.of("LM-1"), Paragraph.of("a|b\nc")),
                List.of(Paragraph.of("LM-2"), Paragraph.empty())));
        String out = body(WikiRenderer.render(Document.builder("T").add(table).build()));
        assertThat(out).isEqualTo("||Key||Note||\n|LM-1|a\\|b \\\\ c|\n|LM-2| |\n");
    }

    @Test
    void listsAndTaskLists() {
        String out = body(WikiRenderer.render(Document.builder("T")
                .add(BulletList.of(Paragraph.of(Text.bold("Why 1:"), Text.plain(" cause")), Paragraph.of("* nested?")))
                .add(new TaskList(List.of(Task.todo(Paragraph.of("fix [it]")), new Task(Paragraph.of("done"), true))))
                .build()));
        assertThat(out).isEqualTo("* *Why 1:* cause\n* \\* nested\\?\n\n* \\[ \\] fix \\[it\\]\n* \\[x\\] done\n");
    }

    @Property(tries = 300)
    void anyTextReadsBackUnchangedAndLeavesNoSpecialCharacterUnescaped(@ForAll String text) {
        String escaped = WikiRenderer.escape(text, true);
        assertThat(unescapedSpecials(escaped.replace("&#92;", "").replace("&#46;", ""))).isEmpty();
        assertThat(escaped).doesNotContain("\n", "\r");
        assertThat(unescape(escaped)).isEqualTo(text.replace("\r\n", "\n").replace('\r', '\n'));
    }
}
