package com.kpipolicy.policy.fact;

import java.math.BigDecimal;

/**
 * A tunable number of the policy (a guardrail threshold, a warning level), read from the
 * settings table when the rules load and present in every evaluation, so DRL rules can say
 * {@code Setting(name == "DISCOUNT_DEPTH.maxAvgDiscount", $max : value)} instead of a literal.
 */
public final class Setting {
    private final String name;
    private final BigDecimal value;

    public Setting(String name, BigDecimal value) {
        this.name = name;
        this.value = value;
    }

    public String getName() { return name; }
    public BigDecimal getValue() { return value; }
}
