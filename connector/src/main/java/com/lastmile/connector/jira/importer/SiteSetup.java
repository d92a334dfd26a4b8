package com.lastmile.connector.jira.importer;

import com.lastmile.connector.jira.api.FieldInfo;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.tracker.TrackerField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the site already has for the import and what provisioning must create.
 *
 * @param issueTypeIds ids of the issue types found, by the role they play
 * @param typesToCreate Last Mile's issue types the site lacks
 * @param linkTypeExists whether a "Contributes to" link type exists
 * @param fieldIds ids of the Last Mile fields found
 * @param fieldsToCreate Last Mile fields the site lacks
 * @param keyFieldId the id of the "Last Mile import key" field when the site has it, else null
 * @param keyFieldToCreate whether provisioning creates that field (Data Center sites without it)
 * @param storyPoints the field story points go to, or null: then points are not imported
 * @param blockers why the import cannot start (Jira's own issue types missing or of the wrong kind); empty when
 *     it can
 */
public record SiteSetup(Map<ItemType, String> issueTypeIds, List<ItemType> typesToCreate, boolean linkTypeExists,
                        Map<TrackerField, String> fieldIds, List<TrackerField> fieldsToCreate, String keyFieldId,
                        boolean keyFieldToCreate, FieldInfo storyPoints, List<ImportProblem> blockers) {

    public SiteSetup {
        issueTypeIds = issueTypeIds.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(issueTypeIds));
        typesToCreate = List.copyOf(typesToCreate);
        fieldIds = fieldIds.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(fieldIds));
        fieldsToCreate = List.copyOf(fieldsToCreate);
        blockers = List.copyOf(blockers);
    }

    /**
     * What provisioning does, in order: issue types, the link type, then each field, followed by adding it to the
     * default screen; the key field last.
     */
    public List<SetupStep> steps() {
        List<SetupStep> steps = new ArrayList<>();
        typesToCreate.forEach(type -> steps.add(new SetupStep(SetupStep.Kind.ISSUE_TYPE, type.displayName())));
        if (!linkTypeExists) {
            steps.add(new SetupStep(SetupStep.Kind.LINK_TYPE, TrackerField.LINK_TYPE_NAME));
        }
        fieldsToCreate.forEach(field -> addFieldSteps(steps, field.defaultName()));
        if (keyFieldToCreate) {
            addFieldSteps(steps, MarkerStrategy.KEY_FIELD_NAME);
        }
        return steps;
    }

    private static void addFieldSteps(List<SetupStep> steps, String name) {
        steps.add(new SetupStep(SetupStep.Kind.FIELD, name));
        steps.add(new SetupStep(SetupStep.Kind.SCREEN, name));
    }
}
