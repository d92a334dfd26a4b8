package com.lastmile.connector.jira.importer;

import com.lastmile.core.model.Item;
import com.lastmile.core.model.StatusCategory;
import java.util.ArrayList;
import java.util.List;

/**
 * What the import leaves behind, said up front: statuses other than to-do (issues start in their workflow's first
 * status; transitions are workflow-specific), {@code visibleTo} (security levels are project-specific), story
 * points without a field, and duplicated markers.
 */
final class ImportWarnings {

    private ImportWarnings() {
    }

    /** @param toCreate the items this run creates */
    static List<ImportWarning> of(List<Item> toCreate, boolean pointsField, List<String> duplicated) {
        List<ImportWarning> warnings = new ArrayList<>();
        add(warnings, ImportWarning.Kind.STATUS_NOT_TRANSITIONED, toCreate.stream()
                .filter(item -> item.statusCategory() != StatusCategory.TODO).map(Item::key).toList());
        add(warnings, ImportWarning.Kind.VISIBILITY_NOT_MAPPED, toCreate.stream()
                .filter(item -> !item.visibleTo().isEmpty()).map(Item::key).toList());
        if (!pointsField) {
            add(warnings, ImportWarning.Kind.POINTS_NOT_IMPORTED, toCreate.stream()
                    .filter(item -> item.points() != null).map(Item::key).toList());
        }
        add(warnings, ImportWarning.Kind.DUPLICATE_MARKER, duplicated);
        return warnings;
    }

    private static void add(List<ImportWarning> warnings, ImportWarning.Kind kind, List<String> keys) {
        if (!keys.isEmpty()) {
            warnings.add(new ImportWarning(kind, keys));
        }
    }
}
