package com.kpipolicy.scenario;

/** One field where a scenario's expectation and the policy's answer part ways. */
public record Difference(String field, String expected, String actual) {

    @Override
    public String toString() {
        return field + " expected <" + expected + "> but was <" + actual + ">";
    }
}
