package com.kpipolicy.policy.fact;

/** A guardrail whose condition held for this evaluation, and what it does about it. */
public final class GuardrailHit {
    private final String id;
    private final String effect;
    private final String message;

    public GuardrailHit(String id, String effect, String message) {
        this.id = id;
        this.effect = effect;
        this.message = message;
    }

    public String getId() { return id; }
    public String getEffect() { return effect; }
    public String getMessage() { return message; }
}
