package com.lastmile.connector.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys and person ids a file defines, and the references to them, checked once the whole file is read:
 * a parent, an action or a person may be defined after (or before) the entry that names it.
 */
final class CrossReferences {

    /** What a reference points to. */
    enum Target {
        ITEM("unknown item key %s; expected the key of an item in this file"),
        PERSON("unknown person id %s; expected the id of a person under people");

        private final String message;

        Target(String message) {
            this.message = message;
        }
    }

    /** A reference from the item at {@code itemIndex}; {@code field} is relative to that item. */
    record Reference(Target target, int itemIndex, String itemKey, int line, String field, String name) {
    }

    private final Map<String, Integer> itemIndexByKey = new HashMap<>();
    private final Map<String, Integer> personIndexById = new HashMap<>();
    private final List<Reference> references = new ArrayList<>();

    /** @return the index of the item that already has this key, or null */
    Integer defineItem(String key, int index) {
        return itemIndexByKey.putIfAbsent(key, index);
    }

    /** @return the index of the person who already has this id, or null */
    Integer definePerson(String id, int index) {
        return personIndexById.putIfAbsent(id, index);
    }

    void expect(Reference reference) {
        references.add(reference);
    }

    /** Reports every reference to a key or id the file does not define. */
    void check(ProblemSink sink) {
        for (Reference reference : references) {
            Map<String, Integer> defined = reference.target() == Target.ITEM ? itemIndexByKey : personIndexById;
            if (!defined.containsKey(reference.name())) {
                String item = FieldPath.entry("items", reference.itemIndex(), reference.itemKey());
                sink.report(reference.line(), FieldPath.child(item, reference.field()),
                        reference.target().message.formatted(YamlCursor.quote(reference.name())));
            }
        }
    }
}
