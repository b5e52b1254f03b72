package com.kpipolicy.policy.fact;

/** Asks the weights table which plan rows match a business context. */
public final class PlanQuery {
    private final String industry;
    private final String stage;
    private final String salesMode;
    private final String variant;

    public PlanQuery(String industry, String stage, String salesMode, String variant) {
        this.industry = industry;
        this.stage = stage;
        this.salesMode = salesMode;
        this.variant = variant;
    }

    public String getIndustry() { return industry; }
    public String getStage() { return stage; }
    public String getSalesMode() { return salesMode; }
    /** Null unless the request asks for a named variant (e.g. the article's FAQ plans). */
    public String getVariant() { return variant; }
}
