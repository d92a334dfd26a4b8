package com.lastmile.app.jira;

import com.lastmile.connector.jira.api.CommentBody;
import com.lastmile.connector.jira.api.JiraApi;
import com.lastmile.connector.jira.load.IssueTypeMapping;
import com.lastmile.connector.jira.load.JiraTreeLoader;
import com.lastmile.core.doc.Document;
import com.lastmile.core.doc.WikiRenderer;
import com.lastmile.core.eval.Evaluator;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.Workspace;
import com.lastmile.core.retro.RetrospectiveBuilder;
import com.lastmile.web.adf.AdfRenderer;
import com.lastmile.web.port.UnknownKeyException;
import java.time.LocalDate;

/**
 * The retrospective of a goal over live Jira: the scope loaded as {@code audit} loads it and evaluated whole (Jira has
 * already left out what the credentials' user may not browse), then, if asked, added to the goal as a comment.
 */
public final class JiraRetro {

    private final JiraApi api;
    private final IssueTypeMapping types;

    public JiraRetro(JiraApi api, IssueTypeMapping types) {
        this.api = api;
        this.types = types;
    }

    /**
     * @throws UnknownKeyException when the goal is not among the issues of the scope
     * @throws IllegalArgumentException when the issue is not a goal
     * @throws com.lastmile.connector.jira.http.JiraException when a call fails
     */
    public Document document(String jql, String goalKey, LocalDate asOf, Messages messages) {
        Workspace workspace = new JiraTreeLoader(api, types).load(jql);
        if (workspace.items().stream().noneMatch(item -> item.key().equals(goalKey))) {
            throw new UnknownKeyException(goalKey);
        }
        return RetrospectiveBuilder.build(Evaluator.evaluate(Scope.everything(workspace), asOf), goalKey, messages);
    }

    /**
     * Adds the document to the goal as a comment, rendered as {@code retro --format wiki} and {@code --format adf}
     * render it; the API sends the one its flavor reads.
     *
     * @throws com.lastmile.connector.jira.http.JiraException when Jira refuses or does not answer
     */
    public void comment(String goalKey, Document document) {
        api.comment(goalKey, new CommentBody(WikiRenderer.render(document), AdfRenderer.toTree(document)));
    }
}
