package com.lastmile.connector.workspace;

import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Person;
import com.lastmile.core.model.Settings;
import com.lastmile.core.model.Workspace;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a workspace file that {@link WorkspaceReader} reads back to an equal {@link Workspace}: settings in full,
 * then one line per person and per item (YAML flow mappings), items in their given order, only the fields that
 * are set. Text is written as is (Chinese included), quoted only where YAML needs it. Instances are thread-safe.
 */
public final class WorkspaceWriter {

    /**
     * Replaces {@code file} atomically: the new content goes to a temporary file in the same directory that is
     * then moved over the target; if anything fails, the original file is untouched.
     */
    public void write(Workspace workspace, Path file) throws IOException {
        AtomicFiles.replace(file, out -> write(workspace, out));
    }

    /** Writes to {@code out}, flushed and left open. */
    public void write(Workspace workspace, Writer out) throws IOException {
        write(workspace.settings(), workspace.people(), workspace.items(), out);
    }

    /**
     * Streams a workspace to {@code out} (flushed and left open), one item at a time: {@code items} may generate
     * its items lazily, so a million need not be held in memory. Nothing is validated here; the reader does that.
     */
    public void write(Settings settings, List<Person> people, Iterable<Item> items, Writer out) throws IOException {
        out.write("version: 1\n");
        writeSettings(settings, out);
        if (!people.isEmpty()) {
            out.write("people:\n");
            for (Person person : people) {
                writeEntry(person(person), out);
            }
        }
        Iterator<Item> each = items.iterator();
        out.write(each.hasNext() ? "items:\n" : "items: []\n");
        while (each.hasNext()) {
            writeEntry(ItemYaml.of(each.next()), out);
        }
        out.flush();
    }

    private static void writeSettings(Settings settings, Writer out) throws IOException {
        out.write("settings:\n  deviation: ");
        out.write(new FlowMapping()
                .number("normal", settings.normalPercent())
                .number("controllable", settings.controllablePercent())
                .toString());
        out.write("\n  raci: ");
        out.write(new FlowMapping()
                .list("requiredOn", typeNames(settings.raciRequiredOn()))
                .number("accountableLimit", settings.accountableLimit())
                .toString());
        out.write("\n");
    }

    /** In hierarchy order, so the same settings always read the same. */
    private static List<String> typeNames(Set<ItemType> types) {
        return Stream.of(ItemType.values()).filter(types::contains).map(ItemType::displayName).toList();
    }

    /** The reader fills a missing name with the id and a missing active with true. */
    private static String person(Person person) {
        FlowMapping yaml = new FlowMapping()
                .text("id", person.id())
                .text("name", person.name().equals(person.id()) ? null : person.name());
        return person.active() ? yaml.toString() : yaml.yaml("active", "false").toString();
    }

    private static void writeEntry(String flowMapping, Writer out) throws IOException {
        out.write("  - ");
        out.write(flowMapping);
        out.write("\n");
    }
}
