package com.kpipolicy.policy;

/** One file of a ruleset, by its path relative to the rules folder ('/' separated). */
public record RuleFile(String path, byte[] content) {

    public boolean isDrl() {
        return path.endsWith(".drl");
    }

    public boolean isDecisionTable() {
        return path.endsWith(".drl.xlsx") || path.endsWith(".drl.xls") || path.endsWith(".drl.csv");
    }

    public boolean isWorkbook() {
        return path.endsWith(".xlsx") || path.endsWith(".xls");
    }

    public boolean compiles() {
        return isDrl() || isDecisionTable();
    }
}
