package com.kpipolicy.policy.fact;

import java.math.BigDecimal;

/**
 * One submitted KPI measurement: what was achieved against what was targeted. The target is a
 * point ({@code target}) or an elastic band ({@code targetLow}..{@code targetHigh}); a metric
 * with a band is scored against the band.
 */
public final class Metric {
    private final String kpi;
    private final BigDecimal actual;
    private final BigDecimal target;
    private final BigDecimal targetLow;
    private final BigDecimal targetHigh;

    public Metric(String kpi, BigDecimal actual, BigDecimal target) {
        this(kpi, actual, target, null, null);
    }

    public Metric(String kpi, BigDecimal actual, BigDecimal target, BigDecimal targetLow, BigDecimal targetHigh) {
        this.kpi = kpi;
        this.actual = actual;
        this.target = target;
        this.targetLow = targetLow;
        this.targetHigh = targetHigh;
    }

    public String getKpi() { return kpi; }
    public BigDecimal getActual() { return actual; }
    public BigDecimal getTarget() { return target; }
    public BigDecimal getTargetLow() { return targetLow; }
    public BigDecimal getTargetHigh() { return targetHigh; }

    public boolean isBand() {
        return targetLow != null && targetHigh != null;
    }
}
