package com.kpipolicy.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The problem documents every endpoint answers with: one stable type per kind of failure. */
public final class Problems {
    private Problems() {
    }

    public static URI type(String slug) {
        return URI.create("urn:problem:kpi-policy:" + slug);
    }

    public static ProblemDetail of(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        return problem;
    }

    /** 422 listing every field that cannot be evaluated as sent. */
    public static ProblemDetail invalid(List<FieldProblem> problems) {
        ProblemDetail problem = of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request", "Invalid request",
                problems.size() == 1 ? problems.get(0).field() + " " + problems.get(0).message()
                        : problems.size() + " problems in the request; see errors.");
        // Records keep their field order, so the same refusal is always the same bytes (Map.of's order varies by run).
        problem.setProperty("errors", List.copyOf(problems));
        return problem;
    }

    /** 422 for rules that do not load, whether uploaded or reloaded from the folder; the caller adds the problems. */
    public static ProblemDetail rulesRejected(String detail) {
        return of(HttpStatus.UNPROCESSABLE_CONTENT, "ruleset-rejected", "Rules rejected", detail);
    }

    /** 400 for an upload that is not rules (or cannot be read), 413 for one over a limit. */
    public static ProblemDetail badUpload(HttpStatus status, String detail) {
        return of(status, "bad-upload", status == HttpStatus.CONTENT_TOO_LARGE ? "Upload too large" : "Bad upload",
                detail);
    }

    public static ProblemDetail tooLarge(String detail) {
        return of(HttpStatus.CONTENT_TOO_LARGE, "content-too-large", "Content too large", detail);
    }

    /** A value from the request, shortened for an error message so that no message grows with the input. */
    public static String quote(String value) {
        String shown = value.length() > 64 ? value.substring(0, 64) + "…" : value;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
