package com.kpipolicy.policy.fact;

import java.math.BigDecimal;

/** A KPI of the resolved plan, with the catalogue facts the scoring rules need. */
public final class PlanKpi {
    private final String kpi;
    private final String category;
    private final String direction;
    private final BigDecimal weight;

    public PlanKpi(String kpi, String category, String direction, BigDecimal weight) {
        this.kpi = kpi;
        this.category = category;
        this.direction = direction;
        this.weight = weight;
    }

    public String getKpi() { return kpi; }
    public String getCategory() { return category; }
    public String getDirection() { return direction; }
    public BigDecimal getWeight() { return weight; }
}
