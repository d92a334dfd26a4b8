package com.lastmile.connector.jira.importer;

import com.lastmile.connector.jira.api.FieldInfo;
import com.lastmile.connector.jira.api.IssueTypeInfo;
import com.lastmile.connector.jira.api.JiraApi;
import com.lastmile.connector.jira.api.JiraFlavor;
import com.lastmile.connector.jira.api.LinkTypeInfo;
import com.lastmile.connector.jira.load.SiteFields;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.tracker.TrackerField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what the site has (three calls: issue types, link types, fields) and decides what to provision. Everything
 * is found by name, ignoring case, the {@value MarkerStrategy#KEY_FIELD_NAME} field too where it is needed. Last
 * Mile's own types (the goal types the workspace uses, Checkpoint as a sub-task type, and Retrospective, which the
 * retrospective action needs later) are created when missing; Jira's own types (Epic, Story, Task, Bug, Sub-task)
 * never are: one the workspace uses that is missing blocks the import. A type found with the wrong kind (sub-task
 * or not) blocks it too, as Jira would refuse every issue of it.
 */
final class SiteSurvey {

    /** Ensured whether the workspace uses them or not, as the plugin does on enable. */
    static final Set<ItemType> ALWAYS_ENSURED = EnumSet.of(ItemType.CHECKPOINT, ItemType.RETROSPECTIVE);
    /** Jira Cloud calls its sub-task type "Subtask" on newer sites. */
    static final String CLOUD_SUB_TASK_NAME = "Subtask";

    private final JiraApi api;

    SiteSurvey(JiraApi api) {
        this.api = api;
    }

    SiteSetup survey(JiraFlavor flavor, Set<ItemType> usedTypes) {
        boolean keyFieldNeeded = MarkerStrategy.needsKeyField(flavor);
        List<IssueTypeInfo> types = api.issueTypes();
        List<LinkTypeInfo> linkTypes = api.linkTypes();
        List<FieldInfo> fields = api.fields();

        Map<ItemType, String> typeIds = new EnumMap<>(ItemType.class);
        List<ItemType> typesToCreate = new ArrayList<>();
        List<String> missingJiraTypes = new ArrayList<>();
        List<ImportProblem> blockers = new ArrayList<>();
        for (ItemType type : ItemType.values()) {
            if (!usedTypes.contains(type) && !ALWAYS_ENSURED.contains(type)) {
                continue;
            }
            boolean lastMileType = type.isGoal() || ALWAYS_ENSURED.contains(type);
            Optional<IssueTypeInfo> found = find(types, type);
            if (found.isEmpty()) {
                if (lastMileType) {
                    typesToCreate.add(type);
                } else {
                    missingJiraTypes.add(type.displayName());
                }
                continue;
            }
            boolean subtask = isSubtask(type);
            if (found.get().subtask() != subtask) {
                blockers.add(ImportProblem.of(subtask ? "import.blocker.notSubtask" : "import.blocker.subtask",
                        found.get().name()));
            }
            typeIds.put(type, found.get().id());
        }
        if (!missingJiraTypes.isEmpty()) {
            blockers.add(0, ImportProblem.of("import.blocker.missingTypes", String.join(", ", missingJiraTypes)));
        }

        if (needsEpicLink(flavor, usedTypes) && fields.stream().noneMatch(f -> FieldInfo.EPIC_LINK_TYPE.equals(f.customType()))) {
            blockers.add(ImportProblem.of("import.blocker.noEpicLink"));
        }

        boolean linkTypeExists = linkTypes.stream().anyMatch(link -> named(link.name(), TrackerField.LINK_TYPE_NAME));

        Map<TrackerField, String> fieldIds = new EnumMap<>(TrackerField.class);
        List<TrackerField> fieldsToCreate = new ArrayList<>();
        for (TrackerField field : TrackerField.values()) {
            customField(fields, field.defaultName()).ifPresentOrElse(f -> fieldIds.put(field, f.id()),
                    () -> fieldsToCreate.add(field));
        }
        String keyFieldId = keyFieldNeeded ? customField(fields, MarkerStrategy.KEY_FIELD_NAME).map(FieldInfo::id)
                .orElse(null) : null;
        FieldInfo storyPoints = SiteFields.STORY_POINT_NAMES.stream().map(name -> customField(fields, name))
                .flatMap(Optional::stream).findFirst().orElse(null);
        return new SiteSetup(typeIds, typesToCreate, linkTypeExists, fieldIds, fieldsToCreate, keyFieldId,
                keyFieldNeeded && keyFieldId == null, storyPoints, blockers);
    }

    /** Data Center puts a story into its epic through the Epic Link field (Cloud through {@code parent}). */
    private static boolean needsEpicLink(JiraFlavor flavor, Set<ItemType> usedTypes) {
        return flavor == JiraFlavor.DATA_CENTER && usedTypes.contains(ItemType.EPIC)
                && (usedTypes.contains(ItemType.STORY) || usedTypes.contains(ItemType.TASK)
                        || usedTypes.contains(ItemType.BUG));
    }

    static boolean isSubtask(ItemType type) {
        return type == ItemType.SUB_TASK || type == ItemType.CHECKPOINT;
    }

    private static Optional<IssueTypeInfo> find(List<IssueTypeInfo> types, ItemType type) {
        return types.stream().filter(t -> named(t.name(), type.displayName())
                || type == ItemType.SUB_TASK && named(t.name(), CLOUD_SUB_TASK_NAME)).findFirst();
    }

    private static Optional<FieldInfo> customField(List<FieldInfo> fields, String name) {
        return fields.stream().filter(f -> f.custom() && named(f.name(), name)).findFirst();
    }

    /** Names match ignoring case and surrounding blanks, as the tree loader matches them. */
    private static boolean named(String actual, String wanted) {
        return actual != null && actual.trim().equalsIgnoreCase(wanted);
    }
}
