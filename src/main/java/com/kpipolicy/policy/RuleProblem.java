package com.kpipolicy.policy;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A problem found in the rules, located as an analyst would look for it:
 * file, then sheet and cell for a workbook, or line for a DRL file.
 */
public record RuleProblem(Severity severity, String file, String sheet, String location, String message) {

    public enum Severity { ERROR, WARNING }

    public static RuleProblem error(String file, String sheet, String location, String message) {
        return new RuleProblem(Severity.ERROR, file, sheet, location, message);
    }

    public static RuleProblem warning(String file, String sheet, String location, String message) {
        return new RuleProblem(Severity.WARNING, file, sheet, location, message);
    }

    @JsonIgnore // derived from severity; not part of the answer
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "weights.drl.xlsx, sheet Plans, cell E14: …" */
    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file == null ? "rules" : file);
        if (sheet != null) {
            where.append(", sheet ").append(sheet);
        }
        if (location != null) {
            where.append(", ").append(location);
        }
        return severity + " " + where + ": " + message;
    }
}
