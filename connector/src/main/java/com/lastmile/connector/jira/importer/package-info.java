/**
 * {@code lastmile import}: creates a workspace's strategy tree in a Jira project through the
 * {@link com.lastmile.connector.jira.api.JiraApi} port, Cloud or Data Center.
 *
 * <p><b>Plan, then run.</b> {@link com.lastmile.connector.jira.importer.JiraImporter#plan} only reads; it is the dry
 * run. The input is checked before the first call (summaries Jira would refuse, sub-tasks and checkpoints without a
 * parent, items that need each other in a loop); then three reads survey the site and one search,
 * {@code project = "KEY"} asking for the import marker, finds what earlier runs created.
 *
 * <p><b>Provisioning</b> comes first and creates only what is missing, found by name ignoring case: issue types
 * for the goal types the workspace uses, Checkpoint (a sub-task type) and Retrospective; the "Contributes to" link
 * type; the 17 {@link com.lastmile.core.tracker.TrackerField}s and, on Data Center, the "Last Mile import key" text
 * field. Jira refuses values of a field that is not on the screen, so each field it creates is added to
 * the default screen at once, one more call per field; projects with screens of their own need an admin to add
 * the fields there, and the report says so when Jira refuses a field as off screen. Jira's own types (Epic, Story,
 * Task, Bug, Sub-task) are never created: one the workspace uses that is missing stops the import before anything
 * is created. Story points go to an existing "Story Points" or "Story point estimate" field; without one they are
 * not imported, and the report says so.
 *
 * <p><b>Identity.</b> Every issue is created with the entity property {@code com.lastmile.import =
 * {"workspaceKey": "LM-4"}}. Data Center's search cannot return entity properties (JRASERVER-62898), so there the
 * issue also gets the workspace key in the "Last Mile import key" field, which the search reads instead
 * ({@code MarkerStrategy}). Items found by it are neither created nor changed, so a second run makes no write at
 * all. Exceptions: a re-baselined checkpoint whose re-plan edit an earlier run could not record (it still shows its
 * original plan) gets that edit, and an action already in Jira gets the corrective-action links it lacks (below).
 *
 * <p><b>Order.</b> An item needs its parent; a corrective action also needs the checkpoints it corrects, because
 * it is linked to them ("action contributes to checkpoint", how the plugin recognises corrective actions) in its
 * own create call — {@code NewIssue} links only from the new issue. A wave is one bulk-create request of at most
 * 50 items whose needs all came in earlier waves; ready items on the longest chains of dependents go first
 * ({@code Dependencies}), so only a wave whose ready set is smaller than a request is partial, and the number of
 * requests stays near ⌈items / 50⌉ whatever the tree's depth. Links are made at creation: goals, epics,
 * retrospectives and stories under a goal "contribute to" their parent; stories, tasks and bugs under an epic get
 * the epic; sub-tasks and checkpoints get their parent.
 *
 * <p><b>Links to actions already in Jira</b> occur only when an import resumes or extends an earlier one: a new
 * checkpoint corrected by an action an earlier run created, or a checkpoint and action both in Jira without their
 * link (a refused link, or an action added to the file since). A create links only from the issue it creates, so
 * these are made with {@code JiraApi.link}, one call per link: after the wave that creates the checkpoint, or first
 * when it exists already. The plan lists them; a refused link is a failure in the report, and the next run makes it.
 *
 * <p><b>Values</b> are written as the plugin reads them back: metric direction {@code increase}/{@code decrease},
 * additive {@code yes}/{@code no}, numbers exact, the RACI as the plugin's JSON text. Person ids are taken as
 * Jira user names on Data Center and account ids on Cloud. A re-baselined checkpoint is created with its original
 * planned value and due date and then edited to the current ones, one edit each, so that Jira's changelog holds
 * the re-plan. Statuses are not transitioned and {@code visibleTo} is not mapped to security levels: the plan and
 * the report warn, naming the items.
 *
 * <p><b>Failure.</b> A wave with a refused or unanswered create ends the run after that wave: the next waves would
 * need what failed. An unanswered create is never resent; one more search tells which of those issues Jira did
 * create. The report says what exists now (workspace key → Jira key), what failed with Jira's messages verbatim,
 * and what was not attempted. Running the import again completes it.
 */
package com.lastmile.connector.jira.importer;
