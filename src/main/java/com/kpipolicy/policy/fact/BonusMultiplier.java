package com.kpipolicy.policy.fact;

import java.math.BigDecimal;
import org.kie.api.runtime.rule.RuleContext;

/** What the grade pays: the factor applied to the employee's target bonus. */
public final class BonusMultiplier {
    private final String rule;
    private final BigDecimal value;

    public BonusMultiplier(RuleContext drools, String value) {
        this.rule = drools.getRule().getName();
        this.value = new BigDecimal(value.trim());
    }

    public String getRule() { return rule; }
    public BigDecimal getValue() { return value; }
}
