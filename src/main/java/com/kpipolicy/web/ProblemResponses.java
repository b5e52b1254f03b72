package com.kpipolicy.web;

import com.kpipolicy.audit.NoRulesetInForceException;
import com.kpipolicy.audit.UnknownRulesetException;
import com.kpipolicy.evaluation.EvaluationNotFoundException;
import com.kpipolicy.policy.CandidateUploadException;
import com.kpipolicy.policy.NoPlanException;
import com.kpipolicy.policy.PolicyDefectException;
import com.kpipolicy.policy.RuleProblem;
import com.kpipolicy.policy.RulesetRejectedException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.lang3.exception.ExceptionUtils;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error leaves the service as an RFC 9457 problem: a stable type, a sentence for people,
 * and for invalid input an "errors" list naming each field. Stack traces are never sent.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    // Absent when the service runs without its web server (commands).
    private final ObjectProvider<MultipartProperties> multipart;

    ProblemResponses(ObjectProvider<MultipartProperties> multipart) {
        this.multipart = multipart;
    }

    @ExceptionHandler({InvalidRequestException.class, NoPlanException.class, NoRulesetInForceException.class,
            EvaluationNotFoundException.class, UnknownRulesetException.class, ForbiddenException.class,
            ContentTooLargeException.class})
    ProblemDetail refused(RuntimeException e) {
        return FailureProblems.of(e);
    }

    @ExceptionHandler(PolicyDefectException.class)
    ProblemDetail policyDefect(PolicyDefectException e) {
        log.error("Policy defect: {}", e.getMessage());
        return FailureProblems.of(e);
    }

    /** Rules that do not load (an uploaded candidate): every error, located as the lint locates it. */
    @ExceptionHandler(RulesetRejectedException.class)
    ProblemDetail rulesetRejected(RulesetRejectedException e) {
        List<RuleProblem> errors = e.problems().stream().filter(RuleProblem::isError).toList();
        ProblemDetail problem = Problems.rulesRejected("The rules do not load: " + errors.size()
                + " error(s); see errors.");
        problem.setProperty("errors", errors.stream().map(ProblemResponses::located).toList());
        return problem;
    }

    @ExceptionHandler(CandidateUploadException.class)
    ResponseEntity<ProblemDetail> badUpload(CandidateUploadException e) {
        HttpStatus status = e.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(Problems.badUpload(status, e.getMessage()));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        // The container's exception seldom knows the limit; the configured limits are what the caller can act on.
        String limits = multipart.stream().findFirst().map(m -> ": at most " + m.getMaxFileSize().toMegabytes()
                + " MB per file and " + m.getMaxRequestSize().toMegabytes() + " MB in all. Send only the files you"
                + " changed, or a zip of the rules folder.").orElse(".");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Problems.badUpload(HttpStatus.CONTENT_TOO_LARGE,
                "The upload is too large" + limits));
    }

    /**
     * A body that says multipart/form-data but cannot be parsed as it (parsed only once an upload endpoint asks for its
     * parts: elsewhere the type is a 415). An upload over its limits is the 413 above, a subclass.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableUpload(MultipartException e) {
        return ResponseEntity.badRequest()
                .body(Problems.badUpload(HttpStatus.BAD_REQUEST, UnreadableParameters.UPLOAD));
    }

    /** A query string Tomcat cannot decode (or, when a filter asked first, an upload it cannot parse). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> unreadableParameters(InvalidParameterException e) {
        ProblemDetail problem = UnreadableParameters.problem(e);
        return ResponseEntity.status(problem.getStatus()).body(problem);
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

    /** 503 with a hint when to retry: the database is unavailable (e.g. a full disk); anything else is a 500. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> storage(RuntimeException e) {
        if (!FailureProblems.storageUnavailable(e)) {
            return ResponseEntity.internalServerError().body(unexpected(e));
        }
        log.error("Storage unavailable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, FailureProblems.STORAGE_RETRY_SECONDS)
                .body(FailureProblems.storageUnavailable());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return FailureProblems.internal();
    }

    /** What the endpoint takes, rather than Spring's "not supported", which leaves the caller to guess. */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        MediaType sent = e.getContentType();
        String takes = String.join(" or ", e.getSupportedMediaTypes().stream().map(MediaType::toString).toList());
        e.getBody().setDetail("This endpoint takes a body of type " + takes + ", not " + (sent == null
                ? "one without a Content-Type" : Problems.quote(sent.getType() + "/" + sent.getSubtype())) + ".");
        return super.handleHttpMediaTypeNotSupported(e, headers, status, request);
    }

    /** Spring's own detail repeats the value in full, however long; this one quotes at most 64 characters. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = e.getPropertyName() == null ? "A parameter" : "The parameter '" + e.getPropertyName() + "'";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, name + " does not take the value "
                + Problems.quote(String.valueOf(e.getValue())) + ".");
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    /**
     * Problems Spring MVC makes itself (an unknown path, a method or media type the endpoint does not take) get a
     * type of this service's like every other answer; Spring leaves them without one (about:blank).
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getType() == null
                || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(Problems.type("http-" + status.value()));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /**
     * Syntax errors are 400; a JSON limit (nesting, string or number length) is 422; well-formed JSON with
     * a wrong value or unknown field is 422, named. The parser's own message is not sent: it quotes the body.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        JacksonException cause = ExceptionUtils.throwableOfType(e, JacksonException.class);
        if (cause instanceof StreamConstraintsException limit) {
            return ResponseEntity.unprocessableContent().body(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT,
                    "json-limit", "JSON limit exceeded", RequestLimits.describe(limit)));
        }
        if (cause instanceof MismatchedInputException mismatch
                && (!mismatch.getPath().isEmpty() || mismatch.getTargetType() != null)) {
            return ResponseEntity.unprocessableContent().body(Problems.invalid(List.of(JsonFieldProblems.of(mismatch))));
        }
        if (cause instanceof DatabindException databind) {
            Optional<FieldProblem> outOfRange = JsonFieldProblems.outOfRange(databind);
            if (outOfRange.isPresent()) {
                return ResponseEntity.unprocessableContent().body(Problems.invalid(List.of(outOfRange.get())));
            }
        }
        String detail = "The request needs a JSON body.";
        if (cause != null) {
            TokenStreamLocation at = cause.getLocation();
            detail = at == null || at.getLineNr() < 0 ? "The body is not valid JSON."
                    : "The body is not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ").";
        }
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
                detail));
    }
}
