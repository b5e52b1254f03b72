package com.kpipolicy.web;

import com.kpipolicy.audit.NoRulesetInForceException;
import com.kpipolicy.audit.UnknownRulesetException;
import com.kpipolicy.evaluation.EvaluationNotFoundException;
import com.kpipolicy.impact.CandidateUploadException;
import com.kpipolicy.policy.NoPlanException;
import com.kpipolicy.policy.PolicyDefectException;
import com.kpipolicy.policy.RuleProblem;
import com.kpipolicy.policy.RulesetRejectedException;
import java.net.URI;
import java.util.LinkedHashMap;
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
import org.springframework.web.multipart.MaxUploadSizeExceededException;
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

    /** Rules that do not load (an uploaded candidate): every error, located as the lint locates it. */
    @ExceptionHandler(RulesetRejectedException.class)
    ProblemDetail rulesetRejected(RulesetRejectedException e) {
        List<RuleProblem> errors = e.problems().stream().filter(RuleProblem::isError).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The rules do not load: " + errors.size() + " error(s); see errors.");
        problem.setType(type("ruleset-rejected"));
        problem.setTitle("Rules rejected");
        problem.setProperty("errors", errors.stream().map(ProblemResponses::located).toList());
        return problem;
    }

    @ExceptionHandler(CandidateUploadException.class)
    ResponseEntity<ProblemDetail> badUpload(CandidateUploadException e) {
        HttpStatus status = e.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(badUpload(status, e.getMessage()));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        long max = e.getMaxUploadSize();
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(badUpload(HttpStatus.CONTENT_TOO_LARGE,
                "The upload is too large" + (max > 0 ? ": at most " + max / (1024 * 1024) + " MB." : ".")));
    }

    private static ProblemDetail badUpload(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type("bad-upload"));
        problem.setTitle(status == HttpStatus.CONTENT_TOO_LARGE ? "Upload too large" : "Bad upload");
        return problem;
    }

    // Sheet and location are absent for a problem of a whole file; the keys stay, so every error has one shape.
    private static Map<String, String> located(RuleProblem p) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("file", p.file());
        error.put("sheet", p.sheet());
        error.put("location", p.location());
        error.put("message", p.message());
        return error;
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
