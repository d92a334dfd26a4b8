package com.lastmile.jira.lifecycle;

import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.lastmile.core.tracker.TrackerField;
import java.util.Optional;

/** Makes sure the "Contributes to" link type exists: the configured one, else one of that name, else a new one. */
final class LinkTypeSetup {

    static final String NAME = TrackerField.LINK_TYPE_NAME;
    static final String OUTWARD = TrackerField.LINK_OUTWARD;
    static final String INWARD = TrackerField.LINK_INWARD;

    private final IssueLinkTypeManager linkTypes;
    private final SetupLog log;

    LinkTypeSetup(IssueLinkTypeManager linkTypes, SetupLog log) {
        this.linkTypes = linkTypes;
        this.log = log;
    }

    Long ensure(Long configured) {
        if (configured != null && linkTypes.getIssueLinkType(configured) != null) {
            return configured;
        }
        Optional<IssueLinkType> named = byName();
        if (named.isPresent()) {
            return named.get().getId();
        }
        linkTypes.createIssueLinkType(NAME, OUTWARD, INWARD, null);
        log.created("link type " + NAME);
        // createIssueLinkType returns nothing: read the new type back by its name
        return byName().map(IssueLinkType::getId).orElse(null);
    }

    private Optional<IssueLinkType> byName() {
        return linkTypes.getIssueLinkTypesByName(NAME).stream().findFirst();
    }
}
