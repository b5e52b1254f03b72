package com.kpipolicy.policy.fact;

import java.math.BigDecimal;

/** An early warning about a KPI, e.g. AT_RISK when its pace is below the warning level. */
public final class Alert {
    private final String kpi;
    private final String type;
    private final BigDecimal pace;

    public Alert(String kpi, String type, BigDecimal pace) {
        this.kpi = kpi;
        this.type = type;
        this.pace = pace;
    }

    public String getKpi() { return kpi; }
    public String getType() { return type; }
    public BigDecimal getPace() { return pace; }
}
