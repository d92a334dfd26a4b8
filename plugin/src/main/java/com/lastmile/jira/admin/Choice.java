package com.lastmile.jira.admin;

/** One option of a select or one checkbox on the admin page, escaped for HTML. */
public final class Choice {

    private final String valueHtml;
    private final String labelHtml;
    private final boolean selected;

    Choice(String valueHtml, String labelHtml, boolean selected) {
        this.valueHtml = valueHtml;
        this.labelHtml = labelHtml;
        this.selected = selected;
    }

    public String valueHtml() {
        return valueHtml;
    }

    public String labelHtml() {
        return labelHtml;
    }

    public boolean selected() {
        return selected;
    }
}
