package com.kpipolicy.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** The verdict on one scenario: passed, or every field that differs. */
public record ScenarioResult(String name, List<Difference> differences) {

    public boolean passed() {
        return differences.isEmpty();
    }

    /** "PASS scoring/x" or "FAIL scoring/x: totalScore expected <100.00> but was <105.44>; …" */
    public String line() {
        return passed() ? "PASS " + name
                : "FAIL " + name + ": " + differences.stream().map(Difference::toString).collect(Collectors.joining("; "));
    }
}
