package com.lastmile.connector.jira.importer;

import java.util.List;

/** Something the import does not carry over, with the items concerned. */
public record ImportWarning(Kind kind, List<String> keys) {

    public ImportWarning {
        keys = List.copyOf(keys);
    }

    public enum Kind {
        /** New issues start in their workflow's first status; the file's status is not applied. */
        STATUS_NOT_TRANSITIONED,
        /** {@code visibleTo} is not mapped to issue security levels. */
        VISIBILITY_NOT_MAPPED,
        /** The site has no story points field. */
        POINTS_NOT_IMPORTED,
        /** A workspace key is on more than one issue; the oldest is used. */
        DUPLICATE_MARKER
    }
}
