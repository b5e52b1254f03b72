package com.kpipolicy.policy;

import java.math.BigDecimal;
import java.util.List;

/** A weight plan: the KPIs that count for a business context, and how much. */
public record Plan(String planId, List<PlanLine> lines, RuleOrigin origin, int specificity) {

    public BigDecimal totalWeight() {
        return lines.stream().map(PlanLine::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean includes(String kpiId) {
        return lines.stream().anyMatch(l -> l.kpi().id().equals(kpiId));
    }
}
