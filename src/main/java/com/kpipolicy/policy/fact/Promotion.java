package com.kpipolicy.policy.fact;

/** Whether the grade makes the employee eligible for promotion (a code HR systems act on). */
public final class Promotion {
    private final String eligibility;

    public Promotion(String eligibility) {
        this.eligibility = eligibility;
    }

    public String getEligibility() { return eligibility; }
}
