package com.lastmile.connector.workspace;

import com.lastmile.core.model.Direction;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.StatusCategory;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How enum values are spelled in workspace files, shared by the reader and the writer. */
final class WorkspaceSpelling {

    static final String STATUS_CATEGORIES = "todo, in-progress or done";
    static final String DIRECTIONS = "increase or decrease";
    static final String ITEM_TYPES = "an item type ("
            + Stream.of(ItemType.values()).map(ItemType::displayName).collect(Collectors.joining(", ")) + ")";

    private WorkspaceSpelling() {
    }

    static String of(StatusCategory category) {
        return switch (category) {
            case TODO -> "todo";
            case IN_PROGRESS -> "in-progress";
            case DONE -> "done";
        };
    }

    static String of(Direction direction) {
        return direction.name().toLowerCase(Locale.ROOT);
    }

    static Optional<Direction> direction(String text) {
        return switch (text) {
            case "increase" -> Optional.of(Direction.INCREASE);
            case "decrease" -> Optional.of(Direction.DECREASE);
            default -> Optional.empty();
        };
    }
}
