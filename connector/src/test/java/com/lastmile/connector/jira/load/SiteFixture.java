package com.lastmile.connector.jira.load;

import com.lastmile.connector.jira.api.FieldInfo;
import com.lastmile.core.tracker.TrackerField;
import java.util.ArrayList;
import java.util.List;

/** A site's fields as {@code fields()} lists them: system fields, Last Mile's, story points and the Epic Link. */
final class SiteFixture {

    static final String STORY_POINTS = "customfield_10016";
    static final String STORY_POINT_ESTIMATE = "customfield_10026";
    static final String EPIC_LINK = "customfield_10014";

    private SiteFixture() {
    }

    static String id(TrackerField field) {
        return "customfield_" + (10_100 + field.ordinal());
    }

    /** @param dataCenter whether the site has Data Center's Epic Link field */
    static List<FieldInfo> fields(boolean dataCenter) {
        List<FieldInfo> fields = new ArrayList<>();
        fields.add(new FieldInfo("summary", "Summary", false, null));
        fields.add(new FieldInfo("duedate", "Due date", false, null));
        fields.add(new FieldInfo("customfield_10001", "Team", true, "com.atlassian.teams:rm-teams-custom-field-team"));
        for (TrackerField field : TrackerField.values()) {
            fields.add(new FieldInfo(id(field), field.defaultName(), true, "com.example:" + field.kind()));
        }
        fields.add(new FieldInfo(STORY_POINTS, "Story Points", true,
                "com.atlassian.jira.plugin.system.customfieldtypes:float"));
        fields.add(new FieldInfo(STORY_POINT_ESTIMATE, "Story point estimate", true,
                "com.pyxis.greenhopper.jira:jsw-story-points"));
        if (dataCenter) {
            fields.add(new FieldInfo(EPIC_LINK, "Epic Link", true, FieldInfo.EPIC_LINK_TYPE));
        }
        return fields;
    }
}
