package com.lastmile.jira.lifecycle;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.ItemType;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes sure an issue type plays each Last Mile role: the configured one if it still exists, else one of the
 * standard name (adopted, e.g. after a reinstall), else a new one. Epic is only looked up: Jira Software owns it.
 */
final class IssueTypeSetup {

    private static final List<ItemType> CREATED = List.of(ItemType.STRATEGIC_GOAL, ItemType.CAMPAIGN,
            ItemType.TACTIC, ItemType.RETROSPECTIVE, ItemType.CHECKPOINT);

    private final IssueTypeManager issueTypes;
    private final SetupLog log;

    IssueTypeSetup(IssueTypeManager issueTypes, SetupLog log) {
        this.issueTypes = issueTypes;
        this.log = log;
    }

    /** The issue type id per role, creating what is missing. */
    Map<ItemType, String> ensure(Map<ItemType, String> configured) {
        Collection<IssueType> existing = issueTypes.getIssueTypes();
        Map<ItemType, String> ids = new EnumMap<>(ItemType.class);
        for (ItemType type : CREATED) {
            Optional<IssueType> found = byId(existing, configured.get(type)).or(() -> byName(existing, type));
            found.or(() -> create(existing, type)).ifPresent(issueType -> ids.put(type, issueType.getId()));
        }
        byId(existing, configured.get(ItemType.EPIC)).or(() -> byName(existing, ItemType.EPIC))
                .ifPresent(epic -> ids.put(ItemType.EPIC, epic.getId()));
        return ids;
    }

    private Optional<IssueType> create(Collection<IssueType> existing, ItemType type) {
        // createIssueType needs an avatar id; reuse one of an existing type rather than upload an image
        Optional<Long> avatar = existing.stream().map(IssueType::getAvatar).filter(Objects::nonNull)
                .map(Avatar::getId).filter(Objects::nonNull).findFirst();
        if (avatar.isEmpty()) {
            log.skipped("issue type " + type.displayName(), "no issue type avatar to reuse");
            return Optional.empty();
        }
        String description = description(type);
        IssueType created = type == ItemType.CHECKPOINT
                ? issueTypes.createSubTaskIssueType(type.displayName(), description, avatar.get())
                : issueTypes.createIssueType(type.displayName(), description, avatar.get());
        log.created("issue type " + type.displayName());
        return Optional.of(created);
    }

    /** English name plus the Chinese one, so both readers recognise the type. */
    private static String description(ItemType type) {
        return "Last Mile: " + Messages.forLocale(Locale.ENGLISH).get(type.messageKey()) + " / "
                + Messages.forLocale(Locale.SIMPLIFIED_CHINESE).get(type.messageKey());
    }

    private static Optional<IssueType> byId(Collection<IssueType> existing, String id) {
        return id == null ? Optional.empty() : existing.stream().filter(t -> id.equals(t.getId())).findFirst();
    }

    private static Optional<IssueType> byName(Collection<IssueType> existing, ItemType type) {
        return existing.stream().filter(t -> type.displayName().equalsIgnoreCase(t.getName())).findFirst();
    }
}
