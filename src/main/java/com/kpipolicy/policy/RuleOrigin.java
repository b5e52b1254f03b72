package com.kpipolicy.policy;

/** Where a compiled rule was written: a DRL file, or a sheet row of a decision table. */
public record RuleOrigin(String file, String sheet, Integer row, String rule) {

    /** "grades.drl.xlsx, sheet Grades, row 18" or "scoring.drl: Total score: …". */
    public String describe() {
        if (row != null) {
            return file + ", sheet " + sheet + ", row " + row;
        }
        return file + ": " + rule;
    }

    public String location() {
        return row == null ? null : "row " + row;
    }
}
