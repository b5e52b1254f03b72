package com.kpipolicy.policy.fact;

/** Asks the weights table which plan rows match a business context. */
public final class PlanQuery {
    private final String industry;
    private final String stage;
    private final String salesMode;

    public PlanQuery(String industry, String stage, String salesMode) {
        this.industry = industry;
        this.stage = stage;
        this.salesMode = salesMode;
    }

    public String getIndustry() { return industry; }
    public String getStage() { return stage; }
    public String getSalesMode() { return salesMode; }
}
