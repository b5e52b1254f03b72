package com.kpipolicy.policy;

import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;

/** A ruleset that compiled, with the DRL generated from each table sheet (by build path) and any warnings. */
public record CompiledRuleset(RulesetSource source, KieBase kieBase, Map<String, GeneratedSheet> generatedDrl,
                              Map<String, TableLayout> layouts,
                              List<RuleProblem> warnings) {
}
