package com.kpipolicy.policy;

/** The three keys a plan is chosen by. */
public record BusinessContext(String industry, String stage, String salesMode) {

    @Override
    public String toString() {
        return "industry " + industry + ", stage " + stage + ", sales mode " + salesMode;
    }
}
