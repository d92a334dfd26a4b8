package com.lastmile.connector.jira.importer;

import com.lastmile.connector.jira.api.JiraApi;
import com.lastmile.connector.jira.http.JiraException;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.tracker.TrackerField;
import com.lastmile.core.tracker.ValueKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Creates what {@link SiteSurvey} found missing, one call each (a site needs this once): issue types, the
 * "Contributes to" link type, then the fields, each added to the default screen right after its creation with one
 * more call, since Jira refuses values of fields that are not on the screen. It stops at the first refusal, before
 * any issue is created.
 */
final class Provisioner {

    /** Descriptions are site data shared by every user: the same as the plugin gives them. */
    static final String FIELD_DESCRIPTION = "Last Mile";

    /**
     * @param ids complete when {@code failure} is null, else null
     * @param done what was created, also when a later step failed
     */
    record Outcome(JiraIds ids, List<SetupStep> done, ImportFailure failure) {
        Outcome {
            done = List.copyOf(done);
        }
    }

    private final JiraApi api;

    Provisioner(JiraApi api) {
        this.api = api;
    }

    Outcome provision(SiteSetup setup) {
        Map<ItemType, String> types = new EnumMap<>(ItemType.class);
        types.putAll(setup.issueTypeIds());
        Map<TrackerField, String> fields = new EnumMap<>(TrackerField.class);
        fields.putAll(setup.fieldIds());
        List<SetupStep> done = new ArrayList<>();
        String keyField = setup.keyFieldId();
        try {
            for (ItemType type : setup.typesToCreate()) {
                types.put(type, attempt(new SetupStep(SetupStep.Kind.ISSUE_TYPE, type.displayName()), done,
                        () -> api.createIssueType(type.displayName(), SiteSurvey.isSubtask(type), description(type))
                                .id()));
            }
            if (!setup.linkTypeExists()) {
                attempt(new SetupStep(SetupStep.Kind.LINK_TYPE, TrackerField.LINK_TYPE_NAME), done,
                        () -> api.createLinkType(TrackerField.LINK_TYPE_NAME, TrackerField.LINK_OUTWARD,
                                TrackerField.LINK_INWARD));
            }
            for (TrackerField field : setup.fieldsToCreate()) {
                fields.put(field, createOnScreen(field.defaultName(), field.kind(), done));
            }
            if (setup.keyFieldToCreate()) {
                keyField = createOnScreen(MarkerStrategy.KEY_FIELD_NAME, ValueKind.TEXT, done);
            }
        } catch (Refused refused) {
            return new Outcome(null, done, refused.failure);
        }
        String storyPoints = setup.storyPoints() == null ? null : setup.storyPoints().id();
        return new Outcome(new JiraIds(types, fields, storyPoints, keyField), done, null);
    }

    /** Creates a field and adds it to the default screen: two calls. */
    private String createOnScreen(String name, ValueKind kind, List<SetupStep> done) {
        String id = attempt(new SetupStep(SetupStep.Kind.FIELD, name), done,
                () -> api.createField(name, kind, FIELD_DESCRIPTION).id());
        attempt(new SetupStep(SetupStep.Kind.SCREEN, name), done, () -> {
            api.addFieldToDefaultScreen(id);
            return id;
        });
        return id;
    }

    private static <T> T attempt(SetupStep step, List<SetupStep> done, Supplier<T> call) {
        T result;
        try {
            result = call.get();
        } catch (JiraException e) {
            ImportFailure.Reason reason = step.kind() == SetupStep.Kind.SCREEN ? ImportFailure.Reason.SCREEN_REFUSED
                    : ImportFailure.Reason.SETUP_REFUSED;
            throw new Refused(ImportFailure.of(reason, step.name(), null, e));
        }
        done.add(step);
        return result;
    }

    /** Ends provisioning at the first refusal. */
    private static final class Refused extends RuntimeException {
        private final transient ImportFailure failure;

        Refused(ImportFailure failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }

    /** English name plus the Chinese one, so both readers recognise the type (as the plugin describes it). */
    private static String description(ItemType type) {
        return "Last Mile: " + Messages.forLocale(Locale.ENGLISH).get(type.messageKey()) + " / "
                + Messages.forLocale(Locale.SIMPLIFIED_CHINESE).get(type.messageKey());
    }
}
