package com.kpipolicy.policy.fact;

import org.kie.api.runtime.rule.RuleContext;

/** The grade band the total fell into. */
public final class Grade {
    private final String packageName;
    private final String rule;
    private final String letter;

    public Grade(RuleContext drools, String letter) {
        this.packageName = drools.getRule().getPackageName();
        this.rule = drools.getRule().getName();
        this.letter = letter;
    }

    public String getPackageName() { return packageName; }
    public String getRule() { return rule; }
    public String getLetter() { return letter; }
}
