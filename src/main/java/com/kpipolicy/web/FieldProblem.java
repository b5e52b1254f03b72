package com.kpipolicy.web;

/** One thing wrong with a request, named by its JSON path or parameter (e.g. "metrics[2].target"). */
public record FieldProblem(String field, String message) {
}
