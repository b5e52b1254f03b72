package com.kpipolicy.evaluation;

/** No evaluation is stored under the id asked for. */
public class EvaluationNotFoundException extends RuntimeException {
    public EvaluationNotFoundException(String id) {
        super("No evaluation is stored with id " + id + ".");
    }
}
