package com.kpipolicy.policy;

/** The keys a plan is chosen by; planVariant is optional (null = the standard plan). */
public record BusinessContext(String industry, String stage, String salesMode, String planVariant) {

    public BusinessContext(String industry, String stage, String salesMode) {
        this(industry, stage, salesMode, null);
    }

    @Override
    public String toString() {
        return "industry " + industry + ", stage " + stage + ", sales mode " + salesMode
                + (planVariant == null ? "" : ", plan variant " + planVariant);
    }
}
