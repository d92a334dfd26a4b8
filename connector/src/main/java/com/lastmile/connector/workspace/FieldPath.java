package com.lastmile.connector.workspace;

/** Builds the field paths of error messages: {@code items[3] (LM-4).metric.target}. */
final class FieldPath {

    private FieldPath() {
    }

    static String child(String parent, String name) {
        if (parent.isEmpty()) {
            return name;
        }
        return name.isEmpty() ? parent : parent + "." + name;
    }

    static String element(String list, int index) {
        return list + "[" + index + "]";
    }

    /** Names a list entry by index (0-based) and, once known, by its key or id. */
    static String entry(String list, int index, String key) {
        String element = element(list, index);
        return key == null ? element : element + " (" + key + ")";
    }
}
