package com.kpipolicy.policy.fact;

import java.math.BigDecimal;

/** The evaluation's total, exact and as reported (what grade bands compare against). */
public final class TotalScore {
    private final BigDecimal exact;
    private final BigDecimal value;

    public TotalScore(BigDecimal exact) {
        this.exact = exact;
        this.value = Decimals.points(exact);
    }

    public BigDecimal getExact() { return exact; }
    public BigDecimal getValue() { return value; }
}
