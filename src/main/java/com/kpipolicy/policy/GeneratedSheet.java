package com.kpipolicy.policy;

/** The DRL that one sheet of a decision table compiles to (sheet is null for CSV tables). */
public record GeneratedSheet(String file, String sheet, String drl) {
}
