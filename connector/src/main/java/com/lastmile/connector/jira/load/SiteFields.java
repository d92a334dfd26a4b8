package com.lastmile.connector.jira.load;

import com.lastmile.connector.jira.api.FieldInfo;
import com.lastmile.core.tracker.TrackerField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which of a site's fields hold Last Mile's data, found once per load by name among its custom fields: the
 * {@link TrackerField}s, story points (company-managed "Story Points" before team-managed "Story point estimate")
 * and Data Center's Epic Link (by its type). A field the site does not have reads as empty everywhere; of two
 * custom fields with the same name the first Jira lists wins. Writers of Last Mile's fields find them the same way.
 */
public final class SiteFields {

    /** Story point fields by name, preferred first; the importer writes points to the first the site has. */
    public static final List<String> STORY_POINT_NAMES = List.of("Story Points", "Story point estimate");

    private final Map<TrackerField, FieldInfo> tracker;
    private final List<String> storyPointIds;
    private final String epicLinkId;

    private SiteFields(Map<TrackerField, FieldInfo> tracker, List<String> storyPointIds, String epicLinkId) {
        this.tracker = tracker;
        this.storyPointIds = List.copyOf(storyPointIds);
        this.epicLinkId = epicLinkId;
    }

    public static SiteFields of(List<FieldInfo> fields) {
        Map<TrackerField, FieldInfo> tracker = new EnumMap<>(TrackerField.class);
        for (TrackerField field : TrackerField.values()) {
            named(fields, field.defaultName()).ifPresent(found -> tracker.put(field, found));
        }
        List<String> storyPoints = new ArrayList<>();
        for (String name : STORY_POINT_NAMES) {
            named(fields, name).ifPresent(found -> storyPoints.add(found.id()));
        }
        String epicLink = fields.stream().filter(f -> f.custom() && FieldInfo.EPIC_LINK_TYPE.equals(f.customType()))
                .map(FieldInfo::id).findFirst().orElse(null);
        return new SiteFields(tracker, storyPoints, epicLink);
    }

    /** The field's id on this site, or null when it has no such field. */
    public String id(TrackerField field) {
        FieldInfo found = tracker.get(field);
        return found == null ? null : found.id();
    }

    /** The field's name on this site, as its changelog writes it, or null. */
    String name(TrackerField field) {
        FieldInfo found = tracker.get(field);
        return found == null ? null : found.name();
    }

    /** Story point field ids, the one to read first first. */
    List<String> storyPointIds() {
        return storyPointIds;
    }

    /** Data Center's Epic Link field id; null on Cloud, where a story's epic is its parent. */
    String epicLinkId() {
        return epicLinkId;
    }

    /** Every field a load asks the search for, besides those each issue record always carries. */
    List<String> searchFieldIds() {
        List<String> ids = new ArrayList<>();
        tracker.values().forEach(found -> ids.add(found.id()));
        ids.addAll(storyPointIds);
        if (epicLinkId != null) {
            ids.add(epicLinkId);
        }
        return ids;
    }

    private static Optional<FieldInfo> named(List<FieldInfo> fields, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return fields.stream()
                .filter(f -> f.custom() && f.name() != null && f.name().trim().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
