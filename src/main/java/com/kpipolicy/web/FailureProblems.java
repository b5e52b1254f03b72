package com.kpipolicy.web;

import com.kpipolicy.audit.NoRulesetInForceException;
import com.kpipolicy.audit.UnknownRulesetException;
import com.kpipolicy.evaluation.EvaluationNotFoundException;
import com.kpipolicy.policy.NoPlanException;
import com.kpipolicy.policy.PolicyDefectException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The one mapping of domain failures to problems, for a whole response (ProblemResponses) and for one
 * item of a batch alike. Anything unforeseen is a 500 that says nothing about its cause.
 */
public final class FailureProblems {
    private FailureProblems() {
    }

    public static ProblemDetail of(RuntimeException e) {
        if (e instanceof InvalidRequestException invalid) {
            return Problems.invalid(invalid.problems());
        }
        if (e instanceof NoPlanException) {
            return Problems.invalid(List.of(new FieldProblem("industry", e.getMessage())));
        }
        if (e instanceof NoRulesetInForceException noRuleset) {
            return Problems.invalid(List.of(new FieldProblem(noRuleset.field(), e.getMessage())));
        }
        if (e instanceof EvaluationNotFoundException || e instanceof UnknownRulesetException) {
            return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
        }
        if (e instanceof ForbiddenException) {
            return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage());
        }
        if (e instanceof ContentTooLargeException) {
            return Problems.tooLarge(e.getMessage());
        }
        if (e instanceof PolicyDefectException) {
            return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "policy-defect", "Policy defect",
                    "The policy in force could not evaluate this request: " + e.getMessage());
        }
        return internal();
    }

    public static ProblemDetail internal() {
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "The service failed unexpectedly; nothing was stored. The failure is logged.");
    }

    /** The last part of the problem's type ("invalid-request"), e.g. to count failures by kind. */
    public static String slug(ProblemDetail problem) {
        String type = String.valueOf(problem.getType());
        return type.substring(type.lastIndexOf(':') + 1);
    }
}
