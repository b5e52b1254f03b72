package com.kpipolicy.policy.fact;

import java.math.BigDecimal;

/** An in-period KPI's pace (achievement / elapsed share) and the points that pace would earn. */
public final class KpiForecast {
    private final String kpi;
    private final BigDecimal weight;
    private final BigDecimal pace;
    private final BigDecimal projectedPoints;

    public KpiForecast(String kpi, BigDecimal weight, BigDecimal pace, BigDecimal projectedPoints) {
        this.kpi = kpi;
        this.weight = weight;
        this.pace = pace;
        this.projectedPoints = projectedPoints;
    }

    public String getKpi() { return kpi; }
    public BigDecimal getWeight() { return weight; }
    public BigDecimal getPace() { return pace; }
    public BigDecimal getProjectedPoints() { return projectedPoints; }
}
