package com.kpipolicy.policy.fact;

import java.math.BigDecimal;

/** The total the period would end on if every KPI kept its pace (before guardrails). */
public final class ProjectedTotal {
    private final BigDecimal exact;

    public ProjectedTotal(BigDecimal exact) {
        this.exact = exact;
    }

    public BigDecimal getExact() { return exact; }
}
