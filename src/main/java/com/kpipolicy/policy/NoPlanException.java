package com.kpipolicy.policy;

/** The catalogue knows the context, but no row of the weights table applies to it. */
public class NoPlanException extends RuntimeException {
    public NoPlanException(BusinessContext context) {
        super("no weight plan applies to " + context + ": the weights table (weights.drl.xlsx) has no matching row");
    }
}
