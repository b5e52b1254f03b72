package com.kpipolicy.web;

import com.kpipolicy.policy.CandidateUpload;
import java.util.Optional;
import org.apache.commons.lang3.exception.ExceptionUtils;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat decodes a request's parameters once, for whoever asks first (a filter, Spring Security, a controller), and
 * throws to each asker when they cannot be read. This is the problem for it, the same wherever it surfaces.
 */
final class UnreadableParameters {
    static final String QUERY = "The query string cannot be read: each parameter is name=value, with a name, and"
            + " %-escapes that encode UTF-8 (%C3%A9 for \u00e9), and no more parameters than the server takes.";
    static final String UPLOAD = "The upload cannot be read as multipart/form-data (no boundary, a body cut short, or"
            + " a file name with a control character). Send each changed rules file as a part under its file name, or"
            + " a zip of the rules folder as the part '" + CandidateUpload.ZIP_PART + "'.";
    /** Where Tomcat's own multipart parser lives: the parameters of an upload are its parts. */
    private static final String UPLOAD_PARSER = "org.apache.tomcat.util.http.fileupload.";

    private UnreadableParameters() {
    }

    /** The refusal among e and its causes, if there is one. */
    static Optional<InvalidParameterException> in(Throwable e) {
        return Optional.ofNullable(ExceptionUtils.throwableOfType(e, InvalidParameterException.class));
    }

    static ProblemDetail problem(InvalidParameterException e) {
        if (!fromUpload(e)) {
            return Problems.of(HttpStatus.BAD_REQUEST, "malformed-query", "Malformed query string", QUERY);
        }
        return e.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()
                ? Problems.badUpload(HttpStatus.CONTENT_TOO_LARGE, "The upload is larger than this service takes.")
                : Problems.badUpload(HttpStatus.BAD_REQUEST, UPLOAD);
    }

    private static boolean fromUpload(Throwable e) {
        return ExceptionUtils.getThrowableList(e.getCause()).stream()
                .anyMatch(cause -> cause.getClass().getName().startsWith(UPLOAD_PARSER));
    }
}
