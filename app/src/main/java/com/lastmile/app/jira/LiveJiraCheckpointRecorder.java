package com.lastmile.app.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.lastmile.connector.jira.api.FieldJson;
import com.lastmile.connector.jira.api.JiraApi;
import com.lastmile.connector.jira.http.JiraException;
import com.lastmile.connector.jira.load.SiteFields;
import com.lastmile.core.model.Verification;
import com.lastmile.core.tracker.TrackerField;
import com.lastmile.core.tracker.ValueKind;
import com.lastmile.web.port.ActualRecord;
import com.lastmile.web.port.Caller;
import com.lastmile.web.port.CheckpointRecorder;
import com.lastmile.web.port.NotPermittedException;
import com.lastmile.web.port.UnknownKeyException;
import com.lastmile.web.rest.ApiException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records a checkpoint's actual in Jira as the token's user with one edit (after one look-up of the field ids):
 * the actual and the spot check, whose old sample, verifier and note are cleared when the new record has none, as
 * the plugin does (a verification belongs to the actual it checked). Jira decides who may edit: its 403 becomes
 * {@link NotPermittedException}, its 404 {@link UnknownKeyException}.
 */
public final class LiveJiraCheckpointRecorder implements CheckpointRecorder {

    static final int CONFLICT = 409;

    private final JiraApi api;

    public LiveJiraCheckpointRecorder(JiraApi api) {
        this.api = api;
    }

    @Override
    public void record(Caller caller, String checkpointKey, ActualRecord record) {
        Map<String, JsonNode> values = values(record);
        try {
            api.editIssue(checkpointKey, values);
        } catch (JiraException e) {
            throw switch (e.status()) {
                case 403 -> new NotPermittedException("Jira refused the edit of " + checkpointKey + ": "
                        + JiraRestErrors.jiraText(e));
                case 404 -> new UnknownKeyException(checkpointKey);
                default -> JiraRestErrors.ofCall(e);
            };
        }
    }

    /**
     * Jira alone knows whether the token's user may edit a checkpoint, and asking it per listed checkpoint would cost
     * a call each: the form is offered, and {@link #record} answers with Jira's verdict.
     */
    @Override
    public boolean canRecord(Caller caller, String checkpointKey) {
        return true;
    }

    private Map<String, JsonNode> values(ActualRecord record) {
        SiteFields fields;
        try {
            fields = SiteFields.of(api.fields());
        } catch (JiraException e) {
            throw JiraRestErrors.ofCall(e);
        }
        FieldJson json = new FieldJson(api.flavor());
        Verification check = record.verification();
        Map<String, JsonNode> values = new LinkedHashMap<>();
        values.put(required(fields, TrackerField.ACTUAL), json.number(record.actual()));
        values.put(required(fields, TrackerField.SAMPLED),
                json.number(check == null ? null : BigDecimal.valueOf(check.sampled())));
        values.put(required(fields, TrackerField.PASSED),
                json.number(check == null ? null : BigDecimal.valueOf(check.passed())));
        values.put(required(fields, TrackerField.VERIFIER), json.user(check == null ? null : check.verifier()));
        values.put(required(fields, TrackerField.VERIFICATION_NOTE),
                json.text(ValueKind.TEXTAREA, check == null ? null : check.note()));
        return values;
    }

    private static String required(SiteFields fields, TrackerField field) {
        String id = fields.id(field);
        if (id == null) {
            throw new ApiException(CONFLICT, null, "jira.serve.error.noField", field.defaultName());
        }
        return id;
    }
}
