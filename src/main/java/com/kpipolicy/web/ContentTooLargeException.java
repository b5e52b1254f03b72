package com.kpipolicy.web;

/** The request holds more than the service takes in one call (answered with 413). */
public class ContentTooLargeException extends RuntimeException {
    public ContentTooLargeException(String message) {
        super(message);
    }
}
