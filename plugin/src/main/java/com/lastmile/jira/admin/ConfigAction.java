package com.lastmile.jira.admin;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.request.RequestMethod;
import com.atlassian.jira.security.request.SupportedMethods;
import com.atlassian.jira.security.xsrf.RequiresXsrfCheck;
import com.atlassian.jira.web.action.JiraWebActionSupport;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Settings;
import com.lastmile.jira.config.JiraSettings;
import com.lastmile.jira.config.SettingsStore;
import com.lastmile.jira.view.Html;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The admin page (Manage apps → Last Mile): deviation thresholds, accountable limit, type-to-level mapping and
 * RACI-required types, stored in SAL plugin settings. Jira admins only: the descriptor says so and every request
 * checks it again. Saving redirects, so a reload never posts twice.
 */
public final class ConfigAction extends JiraWebActionSupport {

    static final String FORM = "input";
    static final String REFUSED = "error";

    private final SettingsStore settings;
    private final IssueTypeManager issueTypes;
    private final GlobalPermissionManager globalPermissions;
    private final JiraAuthenticationContext authentication;

    private String normal;
    private String controllable;
    private String accountableLimit;
    private List<String> requiredOn = List.of();
    private Map<ItemType, String> types = new EnumMap<>(ItemType.class);
    private Map<String, String> errors = Map.of();
    private boolean saved;

    public ConfigAction(SettingsStore settings, IssueTypeManager issueTypes, GlobalPermissionManager globalPermissions,
                        JiraAuthenticationContext authentication) {
        this.settings = settings;
        this.issueTypes = issueTypes;
        this.globalPermissions = globalPermissions;
        this.authentication = authentication;
    }

    @Override
    @SupportedMethods({RequestMethod.GET})
    public String doDefault() {
        if (!isAdmin()) {
            return REFUSED;
        }
        JiraSettings current = settings.load();
        Settings rules = current.rules();
        normal = rules.normalPercent().toPlainString();
        controllable = rules.controllablePercent().toPlainString();
        accountableLimit = Integer.toString(rules.accountableLimit());
        requiredOn = rules.raciRequiredOn().stream().map(Enum::name).toList();
        types = new EnumMap<>(ItemType.class);
        types.putAll(current.issueTypeIds());
        return FORM;
    }

    @Override
    @RequiresXsrfCheck
    @SupportedMethods({RequestMethod.POST})
    protected String doExecute() {
        if (!isAdmin()) {
            return REFUSED;
        }
        ConfigForm.Result result = ConfigForm.validate(new ConfigForm.Input(normal, controllable, accountableLimit,
                requiredOn, types), issueTypes.getIssueTypes(), messages());
        if (!result.valid()) {
            errors = result.errors();
            return FORM;
        }
        settings.saveRules(result.rules());
        Map<ItemType, String> mapping = new EnumMap<>(ItemType.class);
        mapping.putAll(settings.load().issueTypeIds());
        ConfigForm.MAPPED.forEach(mapping::remove);
        mapping.putAll(result.types());
        settings.saveIssueTypes(mapping);
        return getRedirect("LastMileConfig!default.jspa?saved=true");
    }

    private boolean isAdmin() {
        return globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, authentication.getLoggedInUser());
    }

    private Messages messages() {
        Locale locale = authentication.getLocale();
        return Messages.forLocale(locale == null ? Locale.ENGLISH : locale);
    }

    // ------------------------------------------------------------ request parameters (set by webwork)

    public void setNormal(String normal) {
        this.normal = normal;
    }

    public void setControllable(String controllable) {
        this.controllable = controllable;
    }

    public void setAccountableLimit(String accountableLimit) {
        this.accountableLimit = accountableLimit;
    }

    /** Checked boxes, item type names. */
    public void setRequiredOn(String[] requiredOn) {
        this.requiredOn = List.of(requiredOn);
    }

    /** One value per role select, "ROLE:issueTypeId" (the id empty for "by name"). */
    public void setTypes(String[] values) {
        types = new EnumMap<>(ItemType.class);
        for (String value : values) {
            int colon = value.indexOf(':');
            ConfigForm.MAPPED.stream().filter(role -> colon > 0 && role.name().equals(value.substring(0, colon)))
                    .findFirst().ifPresent(role -> types.put(role, value.substring(colon + 1)));
        }
    }

    public void setSaved(boolean saved) {
        this.saved = saved;
    }

    // ------------------------------------------------------------ what the template shows (escaped)

    public boolean isSaved() {
        return saved;
    }

    public String getNormalHtml() {
        return Html.escape(normal);
    }

    public String getControllableHtml() {
        return Html.escape(controllable);
    }

    public String getAccountableLimitHtml() {
        return Html.escape(accountableLimit);
    }

    /** The error of a form field, or empty. */
    public String errorHtml(String field) {
        return Html.escape(errors.getOrDefault(field, ""));
    }

    public List<RoleRow> getRoles() {
        Messages text = messages();
        Collection<IssueType> all = issueTypes.getIssueTypes();
        List<RoleRow> rows = new ArrayList<>();
        for (ItemType role : ConfigForm.MAPPED) {
            String chosen = types.get(role);
            List<Choice> options = new ArrayList<>();
            options.add(new Choice(role.name() + ":", Html.escape(text.format("plugin.admin.types.byName",
                    role.displayName())), chosen == null || chosen.isBlank()));
            for (IssueType type : all) {
                options.add(new Choice(Html.escape(role.name() + ":" + type.getId()), Html.escape(type.getName()),
                        type.getId().equals(chosen)));
            }
            rows.add(new RoleRow(role.name(), Html.escape(text.get(role.messageKey())), options));
        }
        return rows;
    }

    public List<Choice> getRequiredOptions() {
        Messages text = messages();
        return ConfigForm.REQUIRABLE.stream().map(type -> new Choice(type.name(), Html.escape(text.get(type.messageKey())),
                requiredOn.contains(type.name()))).toList();
    }
}
