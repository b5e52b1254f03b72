package com.kpipolicy.policy.fact;

/** A development action recommended for a KPI that fell short. */
public final class TrainingRecommendation {
    private final String kpi;
    private final String recommendation;

    public TrainingRecommendation(String kpi, String recommendation) {
        this.kpi = kpi;
        this.recommendation = recommendation;
    }

    public String getKpi() { return kpi; }
    public String getRecommendation() { return recommendation; }
}
