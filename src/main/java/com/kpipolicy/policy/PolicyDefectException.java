package com.kpipolicy.policy;

/** The rules in force could not produce a complete result for a valid request. */
public class PolicyDefectException extends RuntimeException {
    public PolicyDefectException(String message) {
        super(message);
    }
}
