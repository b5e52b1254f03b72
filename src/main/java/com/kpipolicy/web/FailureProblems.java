package com.kpipolicy.web;

import com.kpipolicy.audit.NoRulesetInForceException;
import com.kpipolicy.audit.StorageFailures;
import com.kpipolicy.audit.UnknownRulesetException;
import com.kpipolicy.evaluation.EvaluationNotFoundException;
import com.kpipolicy.policy.NoPlanException;
import com.kpipolicy.policy.PolicyDefectException;
import java.util.List;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The one mapping of domain failures to problems, for a whole response (ProblemResponses) and for one
 * item of a batch alike. Anything unforeseen is a 500 that says nothing about its cause.
 */
public final class FailureProblems {
    /** Retry-After of a 503: time for an operator to see a full disk, not so long that an HR system idles. */
    public static final String STORAGE_RETRY_SECONDS = "30";

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
        if (storageUnavailable(e)) {
            return storageUnavailable();
        }
        if (e instanceof PolicyDefectException) {
            return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "policy-defect", "Policy defect",
                    "The policy in force could not evaluate this request: " + e.getMessage());
        }
        return internal();
    }

    /**
     * The database cannot be reached or written (a full disk closes it; it reopens by itself once there is room), or
     * could not commit or roll back: the caller should try again later, and nothing of this request was stored.
     */
    public static boolean storageUnavailable(Throwable e) {
        return e instanceof DataAccessResourceFailureException || e instanceof TransientDataAccessResourceException
                || e instanceof CannotCreateTransactionException || e instanceof TransactionSystemException
                || StorageFailures.ofTheFile(e);
    }

    public static ProblemDetail storageUnavailable() {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "storage-unavailable", "Storage unavailable",
                "The decision log cannot be written or read just now (is its disk full?), so nothing of this request"
                        + " was stored. Send it again later; the failure is logged.");
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
