package com.lastmile.jira.admin;

import java.util.List;

/** One row of the type-to-level mapping: a role and the issue types to choose from (values "ROLE:id"). */
public final class RoleRow {

    private final String name;
    private final String labelHtml;
    private final List<Choice> options;

    RoleRow(String name, String labelHtml, List<Choice> options) {
        this.name = name;
        this.labelHtml = labelHtml;
        this.options = List.copyOf(options);
    }

    /** The key of this row's error, e.g. "type.CAMPAIGN". */
    public String errorKey() {
        return "type." + name;
    }

    public String labelHtml() {
        return labelHtml;
    }

    public List<Choice> options() {
        return options;
    }
}
