package com.kpipolicy.policy.fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Points a plan KPI earned. Immutable: a guardrail that changes a score deletes this fact
 * and inserts an {@link #adjustedTo adjusted} copy, which remembers what was changed and why.
 */
public final class KpiScore {
    private final PlanKpi kpi;
    private final BigDecimal achievement;
    private final BigDecimal points;
    private final List<ScoreAdjustment> adjustments;

    public KpiScore(Achievement achievement, BigDecimal points) {
        this(achievement.getPlanKpi(), achievement.getValue(), points, List.of());
    }

    private KpiScore(PlanKpi kpi, BigDecimal achievement, BigDecimal points, List<ScoreAdjustment> adjustments) {
        this.kpi = kpi;
        this.achievement = achievement;
        this.points = points;
        this.adjustments = adjustments;
    }

    public KpiScore adjustedTo(BigDecimal newPoints, String guardrail) {
        List<ScoreAdjustment> changed = new ArrayList<>(adjustments);
        changed.add(new ScoreAdjustment(guardrail, points, newPoints));
        return new KpiScore(kpi, achievement, newPoints, List.copyOf(changed));
    }

    /** True once the given guardrail has changed this score, so it changes it only once. */
    public boolean adjustedBy(String guardrail) {
        return adjustments.stream().anyMatch(a -> a.guardrail().equals(guardrail));
    }

    public PlanKpi getPlanKpi() { return kpi; }
    public String getKpi() { return kpi.getKpi(); }
    public String getCategory() { return kpi.getCategory(); }
    public BigDecimal getWeight() { return kpi.getWeight(); }
    public BigDecimal getAchievement() { return achievement; }
    public BigDecimal getPoints() { return points; }
    public List<ScoreAdjustment> getAdjustments() { return adjustments; }
}
