package com.kpipolicy.policy.fact;

import java.math.BigDecimal;

/** A KPI's final points and its contribution to the total, unrounded. */
public final class WeightedScore {
    private final KpiScore score;
    private final BigDecimal value;

    public WeightedScore(KpiScore score, BigDecimal value) {
        this.score = score;
        this.value = value;
    }

    public KpiScore getScore() { return score; }
    public String getKpi() { return score.getKpi(); }
    public BigDecimal getValue() { return value; }
}
