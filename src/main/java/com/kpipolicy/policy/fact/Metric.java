package com.kpipolicy.policy.fact;

import java.math.BigDecimal;

/** One submitted KPI measurement: what was achieved against what was targeted. */
public final class Metric {
    private final String kpi;
    private final BigDecimal actual;
    private final BigDecimal target;

    public Metric(String kpi, BigDecimal actual, BigDecimal target) {
        this.kpi = kpi;
        this.actual = actual;
        this.target = target;
    }

    public String getKpi() { return kpi; }
    public BigDecimal getActual() { return actual; }
    public BigDecimal getTarget() { return target; }
}
