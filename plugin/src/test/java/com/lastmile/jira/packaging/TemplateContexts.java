package com.lastmile.jira.packaging;

import com.lastmile.jira.JiraUsers;
import com.lastmile.jira.field.RaciTemplates;
import com.lastmile.jira.user.JiraPeople;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The Velocity context Jira gives each of our templates, with realistic objects of ours in it; each template is
 * rendered once per context so every branch that calls a method of ours runs. A template added to the jar
 * without an entry here fails the check.
 */
final class TemplateContexts {

    /** Jira's CF macros, reduced to their signatures: the templates call them like Jira's own do. */
    static final String JIRA_MACROS = """
            #macro(customControlHeader $action $id $name $required $displayParameters $auiparams)<div class="field-group">#end
            #macro(customControlFooter $action $id $description $displayParameters $auiparams)</div>#end
            """;

    private final Properties english;

    TemplateContexts(Properties english) {
        this.english = english;
    }

    /** Contexts per template path; null when the template has no entry. */
    List<Map<String, Object>> contextsFor(String template) {
        return switch (template) {
            case "templates/field/raci-view.vm", "templates/field/raci-column.vm" -> List.of(
                    field(null),
                    field("{\"R\":[\"JIRAUSER10001\",\"JIRAUSER10005\"],\"A\":\"JIRAUSER10002\",\"C\":[\"ghost\"],\"I\":[]}"));
            case "templates/field/raci-edit.vm" -> List.of(
                    field(null),
                    field("{\"R\":[\"alice\"],\"A\":\"bob\",\"C\":[],\"I\":[\"carol\"]}"),
                    field("{\"R\":[],\"A\":[\"bob\",\"carol\"],\"C\":[],\"I\":[]}"));
            case "templates/workflow/raci-complete.vm", "templates/admin/error.vm" -> List.of(base());
            case "templates/retro/start.vm", "templates/retro/error.vm" -> List.of(
                    page(ActionFixtures.retrospective(List.of())),
                    page(ActionFixtures.retrospective(List.of("<b>not a goal</b>"))));
            case "templates/admin/config.vm" -> List.of(
                    page(ActionFixtures.configShown()), page(ActionFixtures.configRejected()));
            default -> null;
        };
    }

    private Map<String, Object> base() {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new TemplateI18n(english));
        return context;
    }

    /** A webwork view: the action, the request and the XSRF token as Jira puts them in the context. */
    private Map<String, Object> page(Object action) {
        Map<String, Object> context = base();
        context.put("action", action);
        context.put("req", Map.of("contextPath", "/jira"));
        context.put("atl_token", "token");
        return context;
    }

    private Map<String, Object> field(String value) {
        Map<String, Object> context = base();
        context.put("raciTemplates", new RaciTemplates(new JiraPeople(JiraUsers.standard().userManager())));
        if (value != null) {
            context.put("value", value);
        }
        context.put("customField", Map.of("id", "customfield_10100", "name", "RACI"));
        context.put("fieldLayoutItem", Map.of("required", false, "fieldDescription", ""));
        context.put("action", Map.of());
        context.put("displayParameters", Map.of());
        context.put("auiparams", Map.of());
        return context;
    }

    /** Jira's $i18n as far as templates use it; an unknown key is a test failure, not a blank. */
    public static final class TemplateI18n {
        private final Properties bundle;

        TemplateI18n(Properties bundle) {
            this.bundle = bundle;
        }

        public String getText(String key) {
            String text = bundle.getProperty(key);
            if (text == null) {
                throw new IllegalArgumentException("template uses unknown i18n key " + key);
            }
            return text;
        }

        public String getText(String key, Object argument) {
            return java.text.MessageFormat.format(getText(key), argument);
        }
    }
}
