package com.kpipolicy.web;

import com.kpipolicy.audit.NoRulesetInForceException;
import com.kpipolicy.audit.UnknownRulesetException;
import com.kpipolicy.evaluation.EvaluationNotFoundException;
import com.kpipolicy.policy.NoPlanException;
import com.kpipolicy.policy.PolicyDefectException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error leaves the service as an RFC 9457 problem: a stable type, a sentence for people,
 * and for invalid input an "errors" list naming each field. Stack traces are never sent.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    static URI type(String slug) {
        return URI.create("urn:problem:kpi-policy:" + slug);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return invalid(e.problems());
    }

    @ExceptionHandler(NoPlanException.class)
    ProblemDetail noPlan(NoPlanException e) {
        return invalid(List.of(new FieldProblem("industry", e.getMessage())));
    }

    @ExceptionHandler(NoRulesetInForceException.class)
    ProblemDetail noRuleset(NoRulesetInForceException e) {
        return invalid(List.of(new FieldProblem(e.field(), e.getMessage())));
    }

    @ExceptionHandler({EvaluationNotFoundException.class, UnknownRulesetException.class})
    ProblemDetail notFound(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(type("not-found"));
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(PolicyDefectException.class)
    ProblemDetail policyDefect(PolicyDefectException e) {
        log.error("Policy defect: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The policy in force could not evaluate this request: " + e.getMessage());
        problem.setType(type("policy-defect"));
        problem.setTitle("Policy defect");
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The service failed unexpectedly; nothing was stored. The failure is logged.");
        problem.setType(type("internal"));
        problem.setTitle("Internal error");
        return problem;
    }

    /** Syntax errors are 400; well-formed JSON with a wrong value or unknown field is 422, named. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof JacksonException) && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            String message = mismatch instanceof UnrecognizedPropertyException
                    ? "is not a field of this request"
                    : "has the wrong type: expected " + expected(mismatch);
            return ResponseEntity.unprocessableContent().body(invalid(List.of(new FieldProblem(field, message))));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                cause instanceof JacksonException json
                        ? "The body is not valid JSON: " + json.getOriginalMessage()
                        : "The request needs a JSON body.");
        problem.setType(type("malformed-json"));
        problem.setTitle("Malformed JSON");
        return ResponseEntity.badRequest().body(problem);
    }

    private static ProblemDetail invalid(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                problems.size() == 1 ? problems.get(0).field() + " " + problems.get(0).message()
                        : problems.size() + " problems in the request; see errors.");
        problem.setType(type("invalid-request"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", problems.stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        return problem;
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
