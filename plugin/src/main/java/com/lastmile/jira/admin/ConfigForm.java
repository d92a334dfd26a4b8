package com.lastmile.jira.admin;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Settings;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The admin page's form and its validation: thresholds as percentages (0 ≤ normal < controllable ≤ 100), the
 * accountable limit (1–10000), the type-to-level mapping (existing issue types, no type in two roles, Checkpoint a
 * sub-task type and the others not) and the types on which RACI is required.
 */
public final class ConfigForm {

    /** The roles whose issue type an admin chooses. */
    public static final List<ItemType> MAPPED = List.of(ItemType.STRATEGIC_GOAL, ItemType.CAMPAIGN, ItemType.TACTIC,
            ItemType.EPIC, ItemType.CHECKPOINT, ItemType.RETROSPECTIVE);
    /** The types RACI may be required on: everything but checkpoints and retrospectives. */
    public static final List<ItemType> REQUIRABLE = List.of(ItemType.STRATEGIC_GOAL, ItemType.CAMPAIGN,
            ItemType.TACTIC, ItemType.EPIC, ItemType.STORY, ItemType.TASK, ItemType.BUG, ItemType.SUB_TASK);

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final int LIMIT_MAX = 10_000;

    /** The submitted values, as typed. {@code types} maps a role to an issue type id, absent or blank for none. */
    public record Input(String normal, String controllable, String accountableLimit, List<String> requiredOn,
                        Map<ItemType, String> types) {
    }

    /** Valid settings, or the errors by form field (messages in the admin's language). */
    public record Result(Settings rules, Map<ItemType, String> types, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private final Messages text;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private ConfigForm(Messages text) {
        this.text = text;
    }

    public static Result validate(Input input, Collection<IssueType> issueTypes, Messages text) {
        return new ConfigForm(text).check(input, issueTypes);
    }

    private Result check(Input input, Collection<IssueType> issueTypes) {
        BigDecimal normal = percent("normal", input.normal());
        BigDecimal controllable = percent("controllable", input.controllable());
        if (normal != null && controllable != null && controllable.compareTo(normal) <= 0) {
            errors.put("controllable", text.format("plugin.admin.error.order", normal, controllable));
        }
        Integer limit = limit(input.accountableLimit());
        Set<ItemType> required = requiredOn(input.requiredOn());
        Map<ItemType, String> types = types(input.types(), issueTypes);
        if (!errors.isEmpty()) {
            return new Result(null, Map.of(), Map.copyOf(errors));
        }
        return new Result(new Settings(normal, controllable, required, limit), types, Map.of());
    }

    private BigDecimal percent(String field, String value) {
        try {
            BigDecimal number = new BigDecimal(value == null ? "" : value.trim());
            if (number.signum() >= 0 && number.compareTo(HUNDRED) <= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(field, text.format("plugin.admin.error.percent", String.valueOf(value)));
        return null;
    }

    private Integer limit(String value) {
        try {
            int limit = Integer.parseInt(value == null ? "" : value.trim());
            if (limit >= 1 && limit <= LIMIT_MAX) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put("accountableLimit", text.format("plugin.admin.error.limit", String.valueOf(value), LIMIT_MAX));
        return null;
    }

    private Set<ItemType> requiredOn(List<String> names) {
        Set<ItemType> types = EnumSet.noneOf(ItemType.class);
        for (String name : names) {
            Optional<ItemType> type = REQUIRABLE.stream().filter(t -> t.name().equals(name)).findFirst();
            if (type.isEmpty()) {
                errors.put("requiredOn", text.format("plugin.admin.error.requiredOn", name));
            } else {
                types.add(type.get());
            }
        }
        return types;
    }

    private Map<ItemType, String> types(Map<ItemType, String> chosen, Collection<IssueType> issueTypes) {
        Map<ItemType, String> types = new EnumMap<>(ItemType.class);
        Map<String, ItemType> taken = new HashMap<>();
        for (ItemType role : MAPPED) {
            String id = chosen.get(role);
            if (id == null || id.isBlank()) {
                continue;
            }
            String field = "type." + role.name();
            Optional<IssueType> issueType = issueTypes.stream().filter(t -> id.equals(t.getId())).findFirst();
            if (issueType.isEmpty()) {
                errors.put(field, text.format("plugin.admin.error.unknownType", id));
            } else if (issueType.get().isSubTask() != (role == ItemType.CHECKPOINT)) {
                errors.put(field, text.format(role == ItemType.CHECKPOINT ? "plugin.admin.error.notSubTask"
                        : "plugin.admin.error.subTask", issueType.get().getName()));
            } else if (taken.containsKey(id)) {
                errors.put(field, text.format("plugin.admin.error.twice", issueType.get().getName(),
                        text.get(taken.get(id).messageKey())));
            } else {
                taken.put(id, role);
                types.put(role, id);
            }
        }
        return types;
    }
}
