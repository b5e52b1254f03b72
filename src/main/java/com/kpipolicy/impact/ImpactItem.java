package com.kpipolicy.impact;

import java.util.UUID;

/**
 * One request judged by the live rules and by the candidate. It comes from a scenario (its name) or from
 * a stored evaluation (its id); the other is null.
 */
public record ImpactItem(String scenario, UUID evaluationId, String employeeId, Verdict live, Verdict candidate) {

    public boolean changed() {
        return !live.sameAs(candidate);
    }

    /** Accepted by the live rules, refused by the candidate: the change would stop this person being scored. */
    public boolean refusedByCandidate() {
        return candidate.isRefused() && !live.isRefused();
    }

    public String source() {
        return scenario != null ? scenario : evaluationId.toString();
    }
}
