package com.kpipolicy.policy.fact;

/**
 * A rule's verdict that the evaluation is not final: REVIEW (a person must look at it),
 * PROVISIONAL (no bonus until the data is corrected) or INTERIM (the period is still running).
 */
public final class StatusFlag {
    private final String status;
    private final String reason;

    public StatusFlag(String status, String reason) {
        this.status = status;
        this.reason = reason;
    }

    public String getStatus() { return status; }
    public String getReason() { return reason; }
}
