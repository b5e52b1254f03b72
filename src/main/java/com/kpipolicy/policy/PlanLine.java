package com.kpipolicy.policy;

import java.math.BigDecimal;

/** A KPI of a plan and its weight in percent. */
public record PlanLine(KpiDefinition kpi, BigDecimal weight) {
}
