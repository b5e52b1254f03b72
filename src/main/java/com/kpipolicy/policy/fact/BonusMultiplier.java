package com.kpipolicy.policy.fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What the grade pays: the factor applied to the employee's target bonus. Immutable: a
 * guardrail that limits it inserts an {@link #adjustedTo adjusted} copy that remembers why.
 */
public final class BonusMultiplier {
    private final String rule;
    private final BigDecimal value;
    private final List<ScoreAdjustment> adjustments;

    public BonusMultiplier(RuleContext drools, String value) {
        this(drools.getRule().getName(), new BigDecimal(value.trim()), List.of());
    }

    private BonusMultiplier(String rule, BigDecimal value, List<ScoreAdjustment> adjustments) {
        this.rule = rule;
        this.value = value;
        this.adjustments = adjustments;
    }

    public BonusMultiplier adjustedTo(BigDecimal newValue, String guardrail) {
        List<ScoreAdjustment> changed = new ArrayList<>(adjustments);
        changed.add(new ScoreAdjustment(guardrail, value, newValue));
        return new BonusMultiplier(rule, newValue, List.copyOf(changed));
    }

    public String getRule() { return rule; }
    public BigDecimal getValue() { return value; }
    public List<ScoreAdjustment> getAdjustments() { return adjustments; }
}
