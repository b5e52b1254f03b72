package com.kpipolicy.web;

import java.util.List;

/** The request cannot be served as sent; every problem found is listed (answered with 422). */
public class InvalidRequestException extends RuntimeException {
    private final transient List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super(problems.size() + " problem(s) in the request");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
