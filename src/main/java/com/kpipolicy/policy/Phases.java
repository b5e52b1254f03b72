package com.kpipolicy.policy;

import java.util.List;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;

/**
 * The rule groups an evaluation runs, in order (rules/README.md documents what belongs in each).
 * The other groups (catalog, planning, settings, plan checks, blend table) are read once when a
 * ruleset loads and never fire for an evaluation.
 */
public final class Phases {
    public static final List<String> EVALUATION = List.of("scoring", "guardrails", "weighting", "totals", "blending",
            "grading", "incentives", "forecast");
    /** A team is scored with the same plan up to its total; grading happens on the blended total. */
    public static final List<String> TEAM = List.of("scoring", "guardrails", "weighting", "totals");
    /** Drools' group for a rule that names none; it fires last, after the phases, so it stays. */
    private static final String DEFAULT_GROUP = "MAIN";

    private Phases() {
    }

    /** Whether an evaluation can fire this rule: it belongs to a phase, or to no group at all. */
    static boolean evaluates(Rule rule) {
        String group = rule instanceof RuleImpl impl ? impl.getAgendaGroup() : DEFAULT_GROUP;
        return DEFAULT_GROUP.equals(group) || EVALUATION.contains(group);
    }
}
