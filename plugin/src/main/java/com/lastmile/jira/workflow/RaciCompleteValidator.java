package com.lastmile.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.lastmile.core.finding.Finding;
import com.lastmile.core.finding.Rule;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.Raci;
import com.lastmile.jira.field.RaciCheck;
import com.lastmile.jira.field.RaciFields;
import com.lastmile.jira.field.RaciFormatException;
import com.lastmile.jira.field.RaciJson;
import com.lastmile.jira.i18n.UserMessages;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import java.util.List;
import java.util.Map;

/**
 * Workflow validator "RACI complete: exactly one Accountable". Put on the Create transition it makes the single
 * owner mandatory from the first moment; on later transitions it stops work moving on without one. Unlike the
 * field's own validation it also refuses an empty value.
 */
public final class RaciCompleteValidator implements Validator {

    private final RaciFields fields;
    private final RaciCheck check;
    private final UserMessages messages;

    public RaciCompleteValidator(RaciFields fields, RaciCheck check, UserMessages messages) {
        this.fields = fields;
        this.check = check;
        this.messages = messages;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        Issue issue = (Issue) transientVars.get("issue");
        Messages text = messages.current();
        List<CustomField> raciFields = fields.of(issue);
        if (raciFields.isEmpty()) {
            throw new InvalidInputException(text.get("plugin.validator.noField"));
        }
        Object value = issue.getCustomFieldValue(raciFields.get(0));
        InvalidInputException rejection = new InvalidInputException();
        for (String reason : reasons(value, text)) {
            rejection.addError(reason);
        }
        if (!rejection.getGenericErrors().isEmpty()) {
            throw rejection;
        }
    }

    private List<String> reasons(Object value, Messages text) {
        if (value == null || value.toString().isBlank()) {
            return List.of(RaciCheck.describe(Finding.of(null, Rule.RACI_MISSING), text));
        }
        Raci raci;
        try {
            raci = RaciJson.parse(value.toString());
        } catch (RaciFormatException e) {
            return List.of(e.message(text));
        }
        return check.violations(raci).stream().map(f -> RaciCheck.describe(f, text)).toList();
    }
}
