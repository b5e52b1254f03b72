package com.kpipolicy.policy.fact;

import org.kie.api.runtime.rule.RuleContext;

/**
 * One value a data table row hands over (a catalogue attribute, a plan weight).
 * Rows insert one cell per column so that Java can assemble and check them with
 * the row they came from, instead of one constructor call failing on a blank cell.
 */
public final class TableCell {
    private final String packageName;
    private final String rule;
    private final String column;
    private final String value;

    public TableCell(RuleContext drools, String column, String value) {
        this(drools.getRule().getPackageName(), drools.getRule().getName(), column, value);
    }

    public TableCell(String packageName, String rule, String column, String value) {
        this.packageName = packageName;
        this.rule = rule;
        this.column = column;
        this.value = value;
    }

    public String getPackageName() { return packageName; }
    public String getRule() { return rule; }
    public String getColumn() { return column; }
    public String getValue() { return value; }
}
