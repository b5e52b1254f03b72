package com.kpipolicy.web;

/** The caller is known but may not see this resource (answered with 403). */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
