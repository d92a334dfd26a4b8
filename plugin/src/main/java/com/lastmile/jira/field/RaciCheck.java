package com.lastmile.jira.field;

import com.lastmile.core.finding.Finding;
import com.lastmile.core.finding.Rule;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Raci;
import com.lastmile.core.model.Settings;
import com.lastmile.core.rules.RaciRules;
import com.lastmile.jira.user.JiraPeople;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Core's RACI rules as a gate: the findings that make an assignment unacceptable in Jira. The softer findings
 * (no Responsible, too many Responsible, redundant roles) stay findings on the dashboards, so an owner can be
 * named first and the doers added as the work is planned.
 */
public final class RaciCheck {

    /** What the field and the workflow validator refuse: exactly one, known and active, Accountable and known people. */
    public static final Set<Rule> BLOCKING = EnumSet.of(Rule.RACI_NO_ACCOUNTABLE, Rule.RACI_MULTIPLE_ACCOUNTABLE,
            Rule.RACI_UNKNOWN_PERSON, Rule.RACI_INACTIVE_PERSON);

    private final RaciRules rules;

    public RaciCheck(JiraPeople people) {
        // Only RACI_MISSING depends on settings (the required types), and a present value never raises it.
        this.rules = new RaciRules(people, Settings.defaults());
    }

    /** The blocking findings of a present assignment, in core's order. */
    public List<Finding> violations(Raci raci) {
        // The type only matters for a missing assignment, which callers handle themselves.
        return rules.check(null, ItemType.TASK, raci).stream().filter(f -> BLOCKING.contains(f.rule())).toList();
    }

    /** A finding as users read it: the rule's id, then its localised message. */
    public static String describe(Finding finding, Messages messages) {
        return messages.format("plugin.raci.violation", finding.rule().name(), finding.message(messages));
    }
}
