package com.lastmile.jira.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.ErrorCollection;
import com.lastmile.jira.JiraUsers;
import com.lastmile.jira.i18n.UserMessages;
import com.lastmile.jira.user.JiraPeople;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The RACI rules as Jira meets them: through the field type's input doors (REST/CSV text, edit form params). */
class RaciFieldTypeTest {

    private static final String ALICE = "JIRAUSER10001";
    private static final String BOB = "JIRAUSER10002";
    private static final String CAROL = "JIRAUSER10003";
    private static final String DAVE = "JIRAUSER10004";

    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private RaciFieldType field;

    @BeforeEach
    void setUp() {
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        JiraPeople people = new JiraPeople(JiraUsers.standard().userManager());
        RaciInput input = new RaciInput(people, new RaciCheck(people), new UserMessages(authentication));
        field = new RaciFieldType(mock(CustomFieldValuePersister.class), mock(GenericConfigManager.class), input,
                new RaciTemplates(people));
    }

    // ------------------------------------------------------------ the rules

    @Test
    void storesExactlyOneAccountableWithUserKeys() {
        String stored = field.getSingularObjectFromString(
                "{\"R\": [\"alice\"], \"A\": \"bob\", \"C\": [\"carol\"], \"I\": \"dave\"}");

        assertThat(stored).isEqualTo("{\"R\":[\"" + ALICE + "\"],\"A\":\"" + BOB + "\",\"C\":[\"" + CAROL
                + "\"],\"I\":[\"" + DAVE + "\"]}");
    }

    @Test
    void acceptsUserKeysAsWellAsUsernames() {
        assertThat(field.getSingularObjectFromString("{\"R\":[\"" + ALICE + "\"],\"A\":\"" + BOB + "\"}"))
                .contains("\"A\":\"" + BOB + "\"");
    }

    @Test
    void refusesTwoAccountablesNamingTheRuleAndThePeople() {
        assertThatThrownBy(() -> field.getSingularObjectFromString("{\"R\":[\"alice\"],\"A\":[\"bob\",\"carol\"]}"))
                .isInstanceOf(FieldValidationException.class)
                .hasMessage("Rule RACI_MULTIPLE_ACCOUNTABLE: Several people are Accountable (bob, carol): "
                        + "exactly one person must be.");
    }

    @Test
    void refusesNoAccountable() {
        assertThatThrownBy(() -> field.getSingularObjectFromString("{\"R\":[\"alice\"],\"A\":[]}"))
                .hasMessage("Rule RACI_NO_ACCOUNTABLE: No one is Accountable: exactly one person must be.");
    }

    @Test
    void refusesAnUnknownUser() {
        assertThatThrownBy(() -> field.getSingularObjectFromString("{\"R\":[\"ghost\"],\"A\":\"bob\"}"))
                .hasMessage("Rule RACI_UNKNOWN_PERSON: Unknown person \"ghost\" holds the role R.");
    }

    @Test
    void refusesAnInactiveUserNamedByUsername() {
        assertThatThrownBy(() -> field.getSingularObjectFromString("{\"R\":[\"alice\"],\"A\":\"erin\"}"))
                .hasMessage("Rule RACI_INACTIVE_PERSON: Inactive person \"erin\" holds the role A.");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertThatThrownBy(() -> field.getSingularObjectFromString("{\"R\":[\"ghost\"],\"A\":[\"bob\",\"erin\"]}"))
                .hasMessageContainingAll("RACI_MULTIPLE_ACCOUNTABLE", "RACI_INACTIVE_PERSON", "RACI_UNKNOWN_PERSON");
    }

    @Test
    void softFindingsDoNotBlock() {
        // no Responsible, and the Accountable also informed: findings for the dashboards, not reasons to refuse
        assertThat(field.getSingularObjectFromString("{\"A\":\"bob\",\"I\":[\"bob\"]}")).contains(BOB);
    }

    @Test
    void speaksTheUsersLanguage() {
        when(authentication.getLocale()).thenReturn(Locale.SIMPLIFIED_CHINESE);

        assertThatThrownBy(() -> field.getSingularObjectFromString("{\"A\":[]}"))
                .hasMessageStartingWith("规则 RACI_NO_ACCOUNTABLE：");
    }

    @Test
    void blankTextIsNoValue() {
        assertThat(field.getSingularObjectFromString("")).isNull();
        assertThat(field.getSingularObjectFromString("  ")).isNull();
        assertThat(field.getSingularObjectFromString(null)).isNull();
    }

    // ------------------------------------------------------------ bad input

    @Test
    void refusesMalformedJsonWithItsPosition() {
        assertThatThrownBy(() -> field.getSingularObjectFromString("{\"A\": \"bob\""))
                .isInstanceOf(FieldValidationException.class)
                .hasMessageStartingWith("The RACI value is not valid: expected a JSON object")
                .hasMessageContaining("line 1");
    }

    @Test
    void refusesJsonThatIsNotAnObject() {
        assertThatThrownBy(() -> field.getSingularObjectFromString("[\"bob\"]"))
                .hasMessageStartingWith("The RACI value is not valid");
        assertThatThrownBy(() -> field.getSingularObjectFromString("bob"))
                .hasMessageStartingWith("The RACI value is not valid");
    }

    @Test
    void refusesDuplicateRolesInsteadOfKeepingTheLast() {
        assertThatThrownBy(() -> field.getSingularObjectFromString("{\"A\":\"bob\",\"A\":\"carol\"}"))
                .hasMessageStartingWith("The RACI value is not valid");
    }

    @Test
    void refusesUnknownRolesAndNonNames() {
        assertThatThrownBy(() -> field.getSingularObjectFromString("{\"X\":\"bob\"}"))
                .hasMessage("Unknown RACI role \"X\": the roles are R, A, C and I.");
        assertThatThrownBy(() -> field.getSingularObjectFromString("{\"A\":5}"))
                .hasMessage("Role A must be a username or a list of usernames.");
        assertThatThrownBy(() -> field.getSingularObjectFromString("{\"R\":[\"alice\", {\"x\":1}],\"A\":\"bob\"}"))
                .hasMessage("Role R must be a username or a list of usernames.");
    }

    @Test
    void refusesOversizedValues() {
        String huge = "{\"A\":\"bob\",\"I\":[\"" + "x".repeat(RaciJson.MAX_CHARS) + "\"]}";
        assertThatThrownBy(() -> field.getSingularObjectFromString(huge))
                .hasMessageStartingWith("The RACI value has 10,0").hasMessageEndingWith("at most 10,000 are allowed.");

        String crowd = "{\"A\":\"bob\",\"I\":[" + "\"alice\",".repeat(RaciJson.MAX_PEOPLE_PER_ROLE) + "\"carol\"]}";
        assertThatThrownBy(() -> field.getSingularObjectFromString(crowd))
                .hasMessage("Role I names 51 people; at most 50 are allowed.");
    }

    // ------------------------------------------------------------ edit form and params

    @Test
    void readsTheEditFormsRoleInputs() {
        CustomFieldParams params = form(Map.of("A", "bob", "R", "alice, carol", "I", ""));

        assertThat(field.getValueFromCustomFieldParams(params)).isEqualTo("{\"R\":[\"" + ALICE + "\",\"" + CAROL
                + "\"],\"A\":\"" + BOB + "\",\"C\":[],\"I\":[]}");
    }

    @Test
    void anEmptyFormIsNoValue() {
        assertThat(field.getValueFromCustomFieldParams(form(Map.of("A", " ", "R", "")))).isNull();
    }

    @Test
    void refusesAFormWithTooManyPeopleInOneRole() {
        String many = String.join(",", java.util.Collections.nCopies(51, "alice"));
        assertThatThrownBy(() -> field.getValueFromCustomFieldParams(form(Map.of("A", "bob", "C", many))))
                .hasMessage("Role C names 51 people; at most 50 are allowed.");
    }

    @Test
    void refusesAFormValueTooLongToStore() {
        String names = String.join(",", java.util.Collections.nCopies(40, "x".repeat(300)));
        assertThatThrownBy(() -> field.getValueFromCustomFieldParams(form(Map.of("A", "bob", "C", names))))
                .hasMessageEndingWith("at most 10,000 are allowed.");
    }

    @Test
    void validationPutsEveryReasonOnTheField() {
        ErrorCollection errors = mock(ErrorCollection.class);

        field.validateFromParams(form(Map.of("A", "bob, erin")), errors, config("customfield_10100"));

        verify(errors).addError(eq("customfield_10100"), argThat(message ->
                message.contains("RACI_MULTIPLE_ACCOUNTABLE") && message.contains("RACI_INACTIVE_PERSON")));
    }

    @Test
    void restAndImportTextUnderTheNullKeyIsValidatedToo() {
        ErrorCollection errors = mock(ErrorCollection.class);
        CustomFieldParams rest = mock(CustomFieldParams.class);
        when(rest.getFirstValueForNullKey()).thenReturn("{\"A\":\"ghost\"}");

        field.validateFromParams(rest, errors, config("customfield_10100"));

        verify(errors).addError(eq("customfield_10100"), argThat(m -> m.contains("Unknown person \"ghost\"")));
    }

    @Test
    void validValuesAddNoError() {
        ErrorCollection errors = mock(ErrorCollection.class);

        field.validateFromParams(form(Map.of("A", "bob")), errors, config("customfield_10100"));

        verify(errors, never()).addError(anyString(), anyString());
    }

    @Test
    void redisplaysWhatWasSubmittedUnvalidated() {
        assertThat(field.getStringValueFromCustomFieldParams(form(Map.of("A", "bob, ghost"))))
                .isEqualTo("{\"R\":[],\"A\":[\"bob\",\"ghost\"],\"C\":[],\"I\":[]}");
    }

    // ------------------------------------------------------------ storage, text and REST shapes

    @Test
    void storesUnlimitedTextAndReadsStoredValuesAsTheyAre() {
        assertThat(field.getDatabaseType()).isSameAs(PersistenceFieldType.TYPE_UNLIMITED_TEXT);
        String legacy = "{\"A\":[\"" + BOB + "\",\"" + CAROL + "\"]}";
        assertThat(field.getObjectFromDbValue(legacy)).isEqualTo(legacy);
        assertThat(field.getDbValueFromObject(legacy)).isEqualTo(legacy);
    }

    @Test
    void showsStoredKeysAsUsernames() {
        assertThat(field.getStringFromSingularObject("{\"R\":[\"" + ALICE + "\"],\"A\":\"" + BOB + "\",\"C\":[],\"I\":[\"gone\"]}"))
                .isEqualTo("{\"R\":[\"alice\"],\"A\":\"bob\",\"C\":[],\"I\":[\"gone\"]}");
        assertThat(field.getStringFromSingularObject("not json")).isEqualTo("not json");
    }

    @Test
    void restShowsAJsonObjectOfUsernames() {
        CustomField raci = mock(CustomField.class);
        Issue issue = mock(Issue.class);
        when(issue.getCustomFieldValue(raci)).thenReturn("{\"R\":[\"" + ALICE + "\"],\"A\":\"" + BOB + "\",\"C\":[],\"I\":[]}");

        Object data = field.getJsonFromIssue(raci, issue, false, null).getStandardData().getData();

        assertThat(data).isEqualTo(Map.of("R", List.of("alice"), "A", "bob", "C", List.of(), "I", List.of()));
    }

    @Test
    void restShowsNullForNoValue() {
        assertThat(field.getJsonFromIssue(mock(CustomField.class), mock(Issue.class), false, null)
                .getStandardData().getData()).isNull();
    }

    @Test
    void templatesGetTheirHelper() {
        assertThat(field.getVelocityParameters(null, null, null)).containsKey("raciTemplates");
    }

    private static CustomFieldParams form(Map<String, String> inputs) {
        CustomFieldParams params = mock(CustomFieldParams.class);
        inputs.forEach((role, text) -> when(params.getValuesForKey(role)).thenReturn(List.of(text)));
        return params;
    }

    private static FieldConfig config(String fieldId) {
        CustomField raci = mock(CustomField.class);
        when(raci.getId()).thenReturn(fieldId);
        FieldConfig config = mock(FieldConfig.class);
        when(config.getCustomField()).thenReturn(raci);
        return config;
    }
}
