package com.lastmile.app.jira;

import com.lastmile.connector.jira.api.JiraUser;
import com.lastmile.core.tracker.TrackerField;

/**
 * One small strategy twice: as a workspace file and as the same data in an in-memory Jira. It has an error finding
 * (two Accountables on LM-1), an inactive person, a re-planned and spot-checked checkpoint with a corrective action,
 * and stories with points.
 */
public final class SmallStrategy {

    public static final String AS_OF = "2026-06-29";
    public static final JiraUser TOKEN_USER = new JiraUser("yang.fan", "Yang Fan", true);

    public static final String YAML = """
            version: 1
            people:
              - { id: ana, name: Ana }
              - { id: bob, name: Bob }
              - { id: carl, name: Carl, active: false }
            items:
              - key: LM-1
                type: Campaign
                summary: Sign 50 customers
                status: To Do
                due: 2026-12-31
                raci: { R: [ana], A: [bob, ana] }
                metric: { name: Customers, unit: 家, direction: increase, baseline: 0, target: 50, actual: 22 }
              - key: LM-2
                type: Checkpoint
                parent: LM-1
                summary: Q1 checkpoint
                status: To Do
                due: 2026-03-31
                planned: 8
                actual: 6
                original: { planned: 10, due: 2026-03-31 }
                verification: { sampled: 5, passed: 4, by: bob, note: four of five found }
                cause: Long decision chains
                actions: [LM-3]
              - key: LM-3
                type: Epic
                parent: LM-1
                summary: Templates
                status: In Progress
                raci: { R: [ana], A: bob, I: [carl] }
              - { key: LM-4, type: Story, parent: LM-3, summary: Template A, status: Done, points: 3 }
              - { key: LM-5, type: Story, parent: LM-3, summary: Template B, status: To Do, points: 5 }
            """;

    private SmallStrategy() {
    }

    /** The same strategy as Jira holds it: links, Epic Link as parent (Cloud style), fields, changelog, users. */
    public static InMemoryJira inJira() {
        InMemoryJira jira = new InMemoryJira(TOKEN_USER);
        jira.user("ana", "Ana", true);
        jira.user("bob", "Bob", true);
        jira.user("carl", "Carl", false);
        jira.issue("LM-1", "Campaign").summary("Sign 50 customers").due("2026-12-31")
                .text(TrackerField.RACI, "{\"R\": [\"ana\"], \"A\": [\"bob\", \"ana\"]}")
                .text(TrackerField.METRIC_NAME, "Customers").text(TrackerField.METRIC_UNIT, "家")
                .text(TrackerField.METRIC_DIRECTION, "increase").number(TrackerField.METRIC_BASELINE, "0")
                .number(TrackerField.METRIC_TARGET, "50").number(TrackerField.METRIC_ACTUAL, "22").add();
        jira.issue("LM-2", "Checkpoint").parent("LM-1").summary("Q1 checkpoint").due("2026-03-31")
                .number(TrackerField.PLANNED, "8").number(TrackerField.ACTUAL, "6")
                .number(TrackerField.SAMPLED, "5").number(TrackerField.PASSED, "4")
                .user(TrackerField.VERIFIER, "bob").text(TrackerField.VERIFICATION_NOTE, "four of five found")
                .text(TrackerField.CAUSE, "Long decision chains").contributedBy("LM-3").add();
        jira.replanned("LM-2", "10", "8");
        jira.issue("LM-3", "Epic").summary("Templates").status("In Progress", "indeterminate")
                .contributesTo("LM-2").contributesTo("LM-1")
                .text(TrackerField.RACI, "{\"R\": [\"ana\"], \"A\": \"bob\", \"C\": [], \"I\": [\"carl\"]}").add();
        jira.issue("LM-4", "Story").parent("LM-3").summary("Template A").status("Done", "done").points("3").add();
        jira.issue("LM-5", "Story").parent("LM-3").summary("Template B").points("5").add();
        return jira;
    }
}
