package com.kpipolicy.policy.fact;

import java.math.BigDecimal;

/** How far a plan KPI reached its target, unrounded (1 = on target). */
public final class Achievement {
    private final PlanKpi kpi;
    private final BigDecimal value;

    public Achievement(PlanKpi kpi, BigDecimal value) {
        this.kpi = kpi;
        this.value = value;
    }

    public PlanKpi getPlanKpi() { return kpi; }
    public String getKpi() { return kpi.getKpi(); }
    public String getCategory() { return kpi.getCategory(); }
    public BigDecimal getValue() { return value; }
}
