package com.kpipolicy.audit;

/** No ruleset version is stored under the hash asked for. */
public class UnknownRulesetException extends RuntimeException {
    public UnknownRulesetException(String version) {
        super("No ruleset version " + version + " is stored.");
    }
}
