package com.lastmile.connector.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.OriginalPlan;
import com.lastmile.core.model.Person;
import com.lastmile.core.model.Raci;
import com.lastmile.core.model.Settings;
import com.lastmile.core.model.StatusCategory;
import com.lastmile.core.model.Verification;
import com.lastmile.core.model.Workspace;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceWriterTest {

    private final WorkspaceWriter writer = new WorkspaceWriter();
    private final WorkspaceReader reader = new WorkspaceReader();

    @Test
    void writesWhatTheReaderReadsBackEqual() throws IOException {
        Workspace workspace = everyField();

        assertThat(reader.read(new StringReader(text(workspace)), "written.yaml")).isEqualTo(workspace);
    }

    @Test
    void writesOneLinePerItemWithOnlyTheFieldsThatAreSet() throws IOException {
        String yaml = text(everyField());

        assertThat(yaml).startsWith("""
                version: 1
                settings:
                  deviation: { normal: 7.5, controllable: 25 }
                  raci: { requiredOn: [Strategic Goal, Campaign, Epic], accountableLimit: 3 }
                people:
                  - { id: ceo, name: 王总 }
                  - { id: li.ming, name: 李明 }
                  - { id: pm }
                  - { id: gone, active: false }
                items:
                """);
        assertThat(yaml).contains("  - { key: LM-4, type: Story, parent: LM-3, status: Done, points: 3 }\n");
        assertThat(yaml).as("Chinese is written as is").contains("summary: 新业务线年度签约50家");
    }

    @Test
    void writesTheStatusCategoryOnlyWhenItDiffersFromTheInferredOne() throws IOException {
        Item inferred = Item.builder("LM-1", ItemType.STORY).status("In Progress").build();
        Item given = Item.builder("LM-2", ItemType.STORY).status("Waiting").statusCategory(StatusCategory.DONE).build();

        String yaml = text(new Workspace(Settings.defaults(), List.of(), List.of(inferred, given)));

        assertThat(yaml).contains("  - { key: LM-1, type: Story, status: In Progress }\n");
        assertThat(yaml).contains("  - { key: LM-2, type: Story, status: Waiting, statusCategory: done }\n");
    }

    @Test
    void quotesTextOnlyWhereYamlNeedsIt() throws IOException {
        List<String> summaries = List.of("plain words", "報價: 三檔", "yes", "No", "null", "~", "123", "1.50",
                "2026-03-31", "-dash", "*star", "&amp", "#hash", "a #b", "a, b", "[x]", "{y}", "'single'",
                "\"double\"", "back\\slash", "line\nbreak", "tab\there", "  padded  ", "控制\u0007字符", "emoji 😀",
                "\u2028separator", "", "true");

        List<Item> items = Stream.iterate(0, i -> i + 1).limit(summaries.size())
                .map(i -> Item.builder("LM-" + i, ItemType.TASK).summary(summaries.get(i)).build())
                .toList();
        Workspace workspace = new Workspace(Settings.defaults(), List.of(), items);
        String yaml = text(workspace);

        assertThat(reader.read(new StringReader(yaml), "quoted.yaml").items()).extracting(Item::summary)
                .containsExactlyElementsOf(summaries);
        assertThat(yaml).contains("summary: plain words }", "summary: \"yes\" }", "summary: \"123\" }",
                "summary: \"a, b\" }", "summary: \"line\\nbreak\" }", "summary: \"控制\\u0007字符\" }");
    }

    @Test
    void writesNumbersExactlyWithTheirScale() throws IOException {
        Metric metric = new Metric("cost", "", Direction.DECREASE, new BigDecimal("-0.50"), new BigDecimal("1E+3"),
                new BigDecimal("0.0000001"), new BigDecimal("12345678901234567890.123456789"), false);
        Workspace workspace = new Workspace(Settings.defaults(), List.of(),
                List.of(Item.builder("LM-1", ItemType.TACTIC).metric(metric).build()));

        assertThat(reader.read(new StringReader(text(workspace)), "numbers.yaml")).isEqualTo(workspace);
    }

    @Test
    void streamsItemsFromAnIterable() throws IOException {
        Iterable<Item> generated = () -> Stream.iterate(1, i -> i + 1).limit(3)
                .map(i -> Item.builder("LM-" + i, ItemType.STORY).points(BigDecimal.valueOf(i)).build())
                .iterator();
        StringWriter out = new StringWriter();

        writer.write(Settings.defaults(), List.of(), generated, out);

        assertThat(reader.read(new StringReader(out.toString()), "streamed.yaml").items())
                .extracting(Item::key).containsExactly("LM-1", "LM-2", "LM-3");
    }

    @Test
    void writesAnEmptyWorkspace() throws IOException {
        Workspace empty = new Workspace(Settings.defaults(), List.of(), List.of());

        assertThat(text(empty)).endsWith("items: []\n");
        assertThat(reader.read(new StringReader(text(empty)), "empty.yaml")).isEqualTo(empty);
    }

    @Test
    void writesAFileInUtf8(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("workspace.yaml");

        writer.write(everyField(), file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("name: 李明");
        assertThat(reader.read(file)).isEqualTo(everyField());
        assertThat(directory).as("no temporary file is left").isDirectoryNotContaining(p -> !p.equals(file));
    }

    @Test
    void replacesAnExistingFile(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("workspace.yaml");
        Files.writeString(file, "old content that is much longer than nothing at all");

        writer.write(new Workspace(Settings.defaults(), List.of(), List.of()), file);

        assertThat(reader.read(file).items()).isEmpty();
    }

    @Test
    void leavesTheOriginalUntouchedWhenWritingFails(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("workspace.yaml");
        Files.writeString(file, "original");

        assertThatThrownBy(() -> AtomicFiles.replace(file, out -> {
            out.write("version: 1\nitems:\n  - { key: LM-1");
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(file).hasContent("original");
        assertThat(directory).as("the temporary file is removed").isDirectoryNotContaining(p -> !p.equals(file));
    }

    @Test
    void leavesTheOriginalUntouchedWhenTheMoveFails(@TempDir Path directory) throws IOException {
        Path target = Files.createDirectory(directory.resolve("workspace.yaml"));
        Path inside = Files.writeString(target.resolve("keep.txt"), "original");

        assertThatThrownBy(() -> writer.write(everyField(), target)).isInstanceOf(IOException.class);

        assertThat(inside).hasContent("original");
        assertThat(directory).isDirectoryNotContaining(p -> !p.equals(target));
    }

    @Test
    void failsWhenTheDirectoryDoesNotExist(@TempDir Path directory) {
        Path file = directory.resolve("missing").resolve("workspace.yaml");

        assertThatThrownBy(() -> writer.write(everyField(), file)).isInstanceOf(IOException.class);
        assertThat(directory.resolve("missing")).doesNotExist();
    }

    private String text(Workspace workspace) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(workspace, out);
        return out.toString();
    }

    /** A workspace that uses every field the format has. */
    private static Workspace everyField() {
        Settings settings = new Settings(new BigDecimal("7.5"), new BigDecimal("25"),
                EnumSet.of(ItemType.EPIC, ItemType.STRATEGIC_GOAL, ItemType.CAMPAIGN), 3);
        List<Person> people = List.of(new Person("ceo", "王总", true), new Person("li.ming", "李明", true),
                new Person("pm", null, true), new Person("gone", "gone", false));
        Item goal = Item.builder("LM-1", ItemType.STRATEGIC_GOAL)
                .summary("新业务线年度签约50家")
                .status("In Progress")
                .raci(new Raci(List.of("li.ming", "pm"), List.of("ceo"), List.of("gone"), List.of("pm")))
                .metric(new Metric("签约客户", "家", Direction.INCREASE, BigDecimal.ZERO, new BigDecimal("50"),
                        new BigDecimal("60"), new BigDecimal("22.5"), true))
                .visibleTo(List.of("ceo", "li.ming"))
                .weight(new BigDecimal("1.25"))
                .build();
        Item checkpoint = Item.builder("LM-2", ItemType.CHECKPOINT)
                .parent("LM-1")
                .due(LocalDate.of(2026, 3, 31))
                .checkpoint(new CheckpointData(new BigDecimal("8"), new BigDecimal("6"),
                        new OriginalPlan(new BigDecimal("10"), LocalDate.of(2026, 2, 28)),
                        new Verification(5, 5, "li.ming", "抽查: 5 份合同"), "行业客户决策链长", List.of("LM-3", "LM-4")))
                .build();
        Item epic = Item.builder("LM-3", ItemType.EPIC)
                .parent("LM-1")
                .summary("标准化方案模板")
                .raci(new Raci(List.of(), List.of("pm", "ceo"), List.of(), List.of()))
                .due(LocalDate.of(2026, 6, 30))
                .statusCategory(StatusCategory.IN_PROGRESS)
                .build();
        Item story = Item.builder("LM-4", ItemType.STORY).parent("LM-3").status("Done").points(new BigDecimal("3"))
                .build();
        Item emptyRaci = Item.builder("LM-5", ItemType.CAMPAIGN).parent("LM-1")
                .raci(new Raci(List.of(), List.of(), List.of(), List.of()))
                .metric(new Metric("margin", "", Direction.DECREASE, new BigDecimal("30"), new BigDecimal("20"), null,
                        null, false))
                .build();
        Item plainCheckpoint = Item.builder("LM-6", ItemType.CHECKPOINT).parent("LM-5").due(LocalDate.of(2026, 12, 31))
                .checkpoint(new CheckpointData(new BigDecimal("25"), null, null, null, null, List.of()))
                .build();
        return new Workspace(settings, people, List.of(goal, checkpoint, epic, story, emptyRaci, plainCheckpoint));
    }
}
