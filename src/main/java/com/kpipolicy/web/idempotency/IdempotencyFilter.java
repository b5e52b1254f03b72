package com.kpipolicy.web.idempotency;

import com.kpipolicy.Sha256;
import com.kpipolicy.web.BufferedBody;
import com.kpipolicy.web.FailureProblems;
import com.kpipolicy.web.ProblemWriter;
import com.kpipolicy.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on the evaluating POSTs (IETF httpapi idempotency-key draft), per caller: the
 * first request with a key runs and its answer is kept; a retry with the same payload gets that answer
 * again (status, Location, body) without evaluating; while the first still runs, 409; the same key with
 * another payload, 422. An answer of the service's own failure (5xx) is not kept, so it can be retried.
 */
@Component
@Order(0) // after Spring Security (-100): the caller is known
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyFilter extends OncePerRequestFilter {
    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Set<String> PATHS = Set.of("/api/v1/evaluations", "/api/v1/evaluations/batch");

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyKeys keys;
    private final ProblemWriter problems;

    IdempotencyFilter(IdempotencyKeys keys, ProblemWriter problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !PATHS.contains(request.getRequestURI()) || request.getUserPrincipal() == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> key = IdempotencyKeyHeader.parse(Collections.list(request.getHeaders(HEADER)));
        if (key.isEmpty()) {
            problems.write(request, response, Problems.of(HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
                    "Invalid Idempotency-Key", "An Idempotency-Key is one string of 1 to 255 characters: quoted as"
                            + " the draft writes it (\"a1b2…\", printable ASCII, spaces included, with \\\" and \\\\ for"
                            + " a quote and a backslash), or bare (visible ASCII without spaces, quotes or backslashes)."));
            return;
        }
        String caller = request.getUserPrincipal().getName();
        String fingerprint = fingerprint(request);
        Optional<StoredAnswer> holder;
        try {
            holder = keys.claim(caller, key.get(), fingerprint);
        } catch (RuntimeException e) {
            if (!FailureProblems.storageUnavailable(e)) {
                throw e;
            }
            log.error("Storage unavailable: {}", e.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, FailureProblems.STORAGE_RETRY_SECONDS);
            problems.write(request, response, FailureProblems.storageUnavailable());
            return;
        }
        if (holder.isPresent()) {
            answerFrom(holder.get(), fingerprint, request, response);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
        } catch (IOException | ServletException | RuntimeException e) {
            release(caller, key.get());
            throw e;
        }
        if (answer.getStatus() >= 500) {
            release(caller, key.get());
        } else {
            complete(caller, key.get(), request.getRequestURI().endsWith("/batch"), answer);
        }
        answer.copyBodyToResponse();
    }

    // The evaluations are stored whether or not their answer can be kept for the key: the answer goes out.
    private void complete(String caller, String key, boolean batch, ContentCachingResponseWrapper answer) {
        try {
            keys.complete(caller, key, batch, answer.getStatus(), answer.getContentType(),
                    answer.getHeader(HttpHeaders.LOCATION),
                    new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            log.warn("Answer of Idempotency-Key request not kept ({}); a retry with its key is evaluated again",
                    e.getMessage());
        }
    }

    // A failed request's answer goes out whether or not its key can be freed: a retry takes over a key left behind.
    private void release(String caller, String key) {
        try {
            keys.release(caller, key);
        } catch (RuntimeException e) {
            log.warn("Idempotency key of a failed request not freed ({}); its retry will take it over", e.getMessage());
        }
    }

    private void answerFrom(StoredAnswer stored, String fingerprint, HttpServletRequest request,
                            HttpServletResponse response) throws IOException {
        if (stored.inFlight()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.write(request, response, Problems.of(HttpStatus.CONFLICT, "idempotency-key-in-flight",
                    "Request in progress", "A request with this Idempotency-Key is still being processed; retry"
                            + " once it has been answered."));
        } else if (!stored.fingerprint().equals(fingerprint)) {
            problems.write(request, response, Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "Idempotency-Key reused", "This Idempotency-Key was used for a different request; a key"
                            + " names one request (same method, path and body)."));
        } else {
            byte[] body = stored.body() == null ? new byte[0] : stored.body().getBytes(StandardCharsets.UTF_8);
            response.setStatus(stored.status());
            if (stored.contentType() != null) {
                response.setContentType(stored.contentType());
            }
            if (stored.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, stored.location());
            }
            response.setHeader(REPLAYED, "true");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private static String fingerprint(HttpServletRequest request) {
        MessageDigest sha = Sha256.digest();
        sha.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
        sha.update(BufferedBody.of(request));
        return Sha256.hex(sha);
    }
}
