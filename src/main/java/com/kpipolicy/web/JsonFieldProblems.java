package com.kpipolicy.web;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Well-formed JSON that does not fit the request type, as the field it names and what was expected. */
public final class JsonFieldProblems {
    private JsonFieldProblems() {
    }

    public static FieldProblem of(MismatchedInputException mismatch) {
        String message = mismatch instanceof UnrecognizedPropertyException
                ? "is not a field of this request"
                : "has the wrong type: expected " + expected(mismatch);
        String field = path(mismatch);
        return new FieldProblem(field.isEmpty() ? "$" : field, message);
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == null) {
            return "another type";
        }
        if (Number.class.isAssignableFrom(target)) {
            return "a number";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(target)) {
            return "a date as YYYY-MM-DD";
        }
        if (target == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(target)) {
            return "an array";
        }
        return "an object";
    }
}
