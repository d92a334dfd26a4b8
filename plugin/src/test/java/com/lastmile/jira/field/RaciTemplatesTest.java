package com.lastmile.jira.field;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.jira.JiraUsers;
import com.lastmile.jira.user.JiraPeople;
import org.junit.jupiter.api.Test;

class RaciTemplatesTest {

    private final RaciTemplates templates = new RaciTemplates(new JiraPeople(JiraUsers.standard().userManager()));

    @Test
    void viewShowsEscapedDisplayNamesAndMarksInactiveAndUnknownPeople() {
        RaciView view = templates.view("{\"R\":[\"JIRAUSER10005\"],\"A\":\"JIRAUSER10002\",\"C\":[\"<gone>\"],\"I\":[]}");

        assertThat(view.accountableHtml())
                .isEqualTo("<span class=\"lastmile-raci-person\" title=\"bob\">Bob &lt;Boss&gt; Wang</span>");
        assertThat(view.responsibleHtml()).contains("lastmile-raci-inactive").contains("Erin Ex");
        assertThat(view.consultedHtml()).contains("lastmile-raci-unknown").contains("&lt;gone&gt;");
        assertThat(view.informedHtml()).isEmpty();
    }

    @Test
    void viewOfNothingOrUnreadableTextIsNull() {
        assertThat(templates.view(null)).isNull();
        assertThat(templates.view("{oops")).isNull();
    }

    @Test
    void formShowsTypedNamesAndTheAccountablesDisplayName() {
        RaciForm form = templates.form("{\"R\":[\"alice\",\"carol\"],\"A\":\"bob\",\"C\":[],\"I\":[\"a\\\"b\"]}");

        assertThat(form.responsibleHtml()).isEqualTo("alice, carol");
        assertThat(form.accountableHtml()).isEqualTo("bob");
        assertThat(form.accountableLabelHtml()).isEqualTo("Bob &lt;Boss&gt; Wang");
        assertThat(form.hasAccountable()).isTrue();
        assertThat(form.informedHtml()).isEqualTo("a&quot;b");
    }

    @Test
    void formOfSeveralAccountablesKeepsThemAsTyped() {
        RaciForm form = templates.form("{\"A\":[\"bob\",\"carol\"]}");

        assertThat(form.accountableHtml()).isEqualTo("bob, carol");
        assertThat(form.accountableLabelHtml()).isEqualTo("bob, carol");
    }

    @Test
    void emptyFormForNoValue() {
        RaciForm form = templates.form(null);

        assertThat(form.hasAccountable()).isFalse();
        assertThat(form.responsibleHtml()).isEmpty();
    }
}
