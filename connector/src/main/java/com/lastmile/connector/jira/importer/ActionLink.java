package com.lastmile.connector.jira.importer;

/**
 * A corrective-action link ("action contributes to checkpoint") made with a call of its own, because the action was
 * already in Jira: a create links only from the issue it creates. By workspace keys.
 */
public record ActionLink(String action, String checkpoint) {

    /** "action → checkpoint", as the plan, the report and their failures list links. */
    public String label() {
        return action + " → " + checkpoint;
    }
}
