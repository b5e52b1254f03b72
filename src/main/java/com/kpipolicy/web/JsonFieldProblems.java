package com.kpipolicy.web;

import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
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

    /**
     * A number the parser read that no decimal can hold (an exponent beyond ±2^31), as the field it names:
     * well-formed JSON, so a value problem like any other, not a syntax error.
     */
    public static Optional<FieldProblem> outOfRange(DatabindException e) {
        String field = path(e);
        if (!(e.getCause() instanceof NumberFormatException) || field.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem(field, "is a number out of range: its exponent is too large or too small"));
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
