package com.lastmile.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.core.finding.Finding;
import com.lastmile.core.finding.Rule;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Person;
import com.lastmile.core.model.Raci;
import com.lastmile.core.model.Settings;
import com.lastmile.core.port.PeopleList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RaciRulesTest {

    private final RaciRules rules = new RaciRules(new PeopleList(List.of(
            new Person("pm", "PM", true), new Person("dev", "Dev", true), new Person("qa", "QA", true),
            new Person("ops", "Ops", true), new Person("cfo", "CFO", true), new Person("left", "Left", false))),
            Settings.defaults());

    private static Raci raci(List<String> r, List<String> a, List<String> c, List<String> i) {
        return new Raci(r, a, c, i);
    }

    private List<Rule> rulesOf(ItemType type, Raci raci) {
        return rules.check("LM-1", type, raci).stream().map(Finding::rule).toList();
    }

    @Test
    void responsibleTogetherWithAccountableIsNormal() {
        assertThat(rulesOf(ItemType.EPIC, raci(List.of("pm"), List.of("pm"), List.of("cfo"), List.of("ops"))))
                .isEmpty();
    }

    @Test
    void twoAccountablesAreRejectedAndNamed() {
        List<Finding> findings = rules.check("LM-1", ItemType.EPIC,
                raci(List.of("dev"), List.of("pm", "cfo"), List.of(), List.of()));
        assertThat(findings).extracting(Finding::rule).containsExactly(Rule.RACI_MULTIPLE_ACCOUNTABLE);
        assertThat(findings.get(0).args()).containsExactly("pm, cfo");
        assertThat(findings.get(0).message()).contains("pm, cfo").contains("exactly one");
    }

    @Test
    void noAccountableIsAnError() {
        assertThat(rulesOf(ItemType.EPIC, raci(List.of("dev"), List.of(), List.of(), List.of())))
                .containsExactly(Rule.RACI_NO_ACCOUNTABLE);
    }

    @Test
    void noResponsibleIsAnError() {
        assertThat(rulesOf(ItemType.TACTIC, raci(List.of(), List.of("pm"), List.of(), List.of())))
                .containsExactly(Rule.RACI_NO_RESPONSIBLE);
    }

    @Test
    void missingRaciIsAnErrorOnlyWhereRequired() {
        assertThat(rulesOf(ItemType.STRATEGIC_GOAL, null)).containsExactly(Rule.RACI_MISSING);
        assertThat(rulesOf(ItemType.EPIC, null)).containsExactly(Rule.RACI_MISSING);
        assertThat(rulesOf(ItemType.STORY, null)).isEmpty();
    }

    @Test
    void unknownAndInactivePeopleAreNamedWithTheirRoles() {
        List<Finding> findings = rules.check("LM-1", ItemType.EPIC,
                raci(List.of("ghost"), List.of("pm"), List.of("left"), List.of()));
        assertThat(findings).extracting(Finding::rule)
                .containsExactly(Rule.RACI_UNKNOWN_PERSON, Rule.RACI_INACTIVE_PERSON);
        assertThat(findings.get(0).args()).containsExactly("ghost", "R");
        assertThat(findings.get(1).args()).containsExactly("left", "C");
    }

    @Test
    void doerOrOwnerAlsoConsultedOrInformedIsRedundant() {
        List<Finding> findings = rules.check("LM-1", ItemType.EPIC,
                raci(List.of("dev"), List.of("pm"), List.of(), List.of("pm")));
        assertThat(findings).extracting(Finding::rule).containsExactly(Rule.RACI_REDUNDANT_ROLE);
        assertThat(findings.get(0).args()).containsExactly("pm", "A+I");
        assertThat(findings.get(0).severity()).isEqualTo(com.lastmile.core.finding.Severity.WARNING);
    }

    @Test
    void consultedAndInformedTogetherIsNotRedundant() {
        assertThat(rulesOf(ItemType.EPIC, raci(List.of("dev"), List.of("pm"), List.of("ops"), List.of("ops"))))
                .isEmpty();
    }

    @Test
    void moreThanThreeResponsibleIsAWarning() {
        assertThat(rulesOf(ItemType.EPIC, raci(List.of("dev", "qa", "ops"), List.of("pm"), List.of(), List.of())))
                .isEmpty();
        assertThat(rulesOf(ItemType.EPIC,
                raci(List.of("dev", "qa", "ops", "cfo"), List.of("pm"), List.of(), List.of())))
                .containsExactly(Rule.RACI_TOO_MANY_RESPONSIBLE);
    }

    @Test
    void requiredTypesAreConfigurable() {
        RaciRules storiesToo = new RaciRules(new PeopleList(List.of()), new Settings(Settings.DEFAULT_NORMAL_PERCENT,
                Settings.DEFAULT_CONTROLLABLE_PERCENT, java.util.Set.of(ItemType.STORY), 10));
        assertThat(storiesToo.check("LM-9", ItemType.STORY, null)).extracting(Finding::rule)
                .containsExactly(Rule.RACI_MISSING);
        assertThat(storiesToo.check("LM-9", ItemType.EPIC, null)).isEmpty();
    }
}
