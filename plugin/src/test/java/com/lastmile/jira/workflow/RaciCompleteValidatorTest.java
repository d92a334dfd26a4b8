package com.lastmile.jira.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.lastmile.jira.JiraUsers;
import com.lastmile.jira.field.RaciCheck;
import com.lastmile.jira.field.RaciFieldType;
import com.lastmile.jira.field.RaciFields;
import com.lastmile.jira.i18n.UserMessages;
import com.lastmile.jira.user.JiraPeople;
import com.opensymphony.workflow.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "RACI complete: exactly one Accountable" on a transition, against the stored value (user keys). */
class RaciCompleteValidatorTest {

    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final Issue issue = mock(Issue.class);
    private final CustomField raci = field(RaciFieldType.TYPE_KEY);
    private RaciCompleteValidator validator;

    @BeforeEach
    void setUp() {
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        List<CustomField> fields = List.of(field("other:type"), raci);
        when(customFields.getCustomFieldObjects(issue)).thenReturn(fields);
        JiraPeople people = new JiraPeople(JiraUsers.standard().userManager());
        validator = new RaciCompleteValidator(new RaciFields(customFields), new RaciCheck(people),
                new UserMessages(authentication));
    }

    @Test
    void passesWithExactlyOneActiveAccountable() {
        when(issue.getCustomFieldValue(raci)).thenReturn("{\"R\":[\"JIRAUSER10001\"],\"A\":\"JIRAUSER10002\"}");

        assertThatCode(() -> validator.validate(vars(), Map.of(), null)).doesNotThrowAnyException();
    }

    @Test
    void refusesAMissingAssignment() {
        assertThat(errors()).containsExactly(
                "Rule RACI_MISSING: No RACI assignment, although this issue type requires one.");
    }

    @Test
    void refusesNoAccountable() {
        when(issue.getCustomFieldValue(raci)).thenReturn("{\"R\":[\"JIRAUSER10001\"],\"A\":[]}");

        assertThat(errors()).containsExactly("Rule RACI_NO_ACCOUNTABLE: No one is Accountable: exactly one person must be.");
    }

    @Test
    void refusesTwoAccountablesStoredBeforeTheFieldEnforcedIt() {
        when(issue.getCustomFieldValue(raci)).thenReturn("{\"A\":[\"JIRAUSER10002\",\"JIRAUSER10003\"]}");

        assertThat(errors()).singleElement().asString().startsWith("Rule RACI_MULTIPLE_ACCOUNTABLE:");
    }

    @Test
    void refusesUnknownAndInactivePeople() {
        when(issue.getCustomFieldValue(raci)).thenReturn("{\"R\":[\"JIRAUSER99999\"],\"A\":\"JIRAUSER10005\"}");

        assertThat(errors()).hasSize(2).anySatisfy(e -> assertThat(e).startsWith("Rule RACI_INACTIVE_PERSON:"))
                .anySatisfy(e -> assertThat(e).startsWith("Rule RACI_UNKNOWN_PERSON:"));
    }

    @Test
    void refusesAnUnreadableStoredValue() {
        when(issue.getCustomFieldValue(raci)).thenReturn("{broken");

        assertThat(errors()).singleElement().asString().startsWith("The RACI value is not valid");
    }

    @Test
    void refusesWhenTheIssueHasNoRaciField() {
        List<CustomField> others = List.of(field("other:type"));
        when(customFields.getCustomFieldObjects(issue)).thenReturn(others);

        InvalidInputException e = catchThrowableOfType(() -> validator.validate(vars(), Map.of(), null),
                InvalidInputException.class);

        assertThat(e.getMessage()).contains("has no RACI field");
    }

    @Test
    void speaksTheUsersLanguage() {
        when(authentication.getLocale()).thenReturn(Locale.SIMPLIFIED_CHINESE);

        assertThat(errors()).singleElement().asString().startsWith("规则 RACI_MISSING：");
    }

    @Test
    void factoryTakesNoParameters() {
        RaciCompleteValidatorFactory factory = new RaciCompleteValidatorFactory();
        Map<String, Object> velocity = new HashMap<>();
        factory.getVelocityParamsForInput(velocity);
        factory.getVelocityParamsForEdit(velocity, null);
        factory.getVelocityParamsForView(velocity, null);

        assertThat(velocity).isEmpty();
        assertThat(factory.getDescriptorParams(Map.of("ignored", "x"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> errors() {
        InvalidInputException e = catchThrowableOfType(() -> validator.validate(vars(), Map.of(), null),
                InvalidInputException.class);
        assertThat(e).as("the transition is refused").isNotNull();
        return (List<String>) e.getGenericErrors();
    }

    private Map<String, Object> vars() {
        return Map.of("issue", issue);
    }

    private static CustomField field(String typeKey) {
        CustomFieldType<?, ?> type = mock(CustomFieldType.class);
        when(type.getKey()).thenReturn(typeKey);
        CustomField field = mock(CustomField.class);
        when(field.getCustomFieldType()).thenReturn(type);
        return field;
    }
}
