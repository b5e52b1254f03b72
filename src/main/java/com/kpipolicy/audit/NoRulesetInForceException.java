package com.kpipolicy.audit;

/** No stored ruleset applies to the period asked for, or a pinned version is unknown. */
public class NoRulesetInForceException extends RuntimeException {
    private final String field;

    public NoRulesetInForceException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
