package com.kpipolicy.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads at most the allowed body (a batch may carry more than a single request) before anything else
 * runs, declared length or not, and answers 413 beyond it: no caller can make the service hold more.
 * Multipart uploads (candidate rules) are left to the multipart limits, which also refuse as they read.
 */
@Component
@Order(BodyLimitFilter.ORDER)
class BodyLimitFilter extends OncePerRequestFilter {
    /** Before Spring Security's filters (-100). */
    static final int ORDER = -150;
    static final String BATCH_PATH = "/api/v1/evaluations/batch";

    private final LimitsProperties limits;
    private final ProblemWriter problems;

    BodyLimitFilter(LimitsProperties limits, ProblemWriter problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isMultipart(request)) {
            // Uploads of rules are bounded by the multipart limits as they stream in, not held here.
            chain.doFilter(request, response);
            return;
        }
        long limit = BATCH_PATH.equals(request.getRequestURI()) ? limits.batchBody().toBytes() : limits.body().toBytes();
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, limit);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), limit + 1);
        if (body.length > limit) {
            refuse(request, response, limit);
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        // The rest of the body is not read: the connection cannot carry another request.
        response.setHeader("Connection", "close");
        String size = limit % (1024 * 1024) == 0 ? limit / (1024 * 1024) + " MB" : limit / 1024 + " KB";
        problems.write(request, response, Problems.tooLarge("The body is larger than " + size
                + ", the most this endpoint takes" + (BATCH_PATH.equals(request.getRequestURI())
                ? "; split the batch." : ".")));
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
    }

    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        return in.readNBytes((int) Math.min(max, Integer.MAX_VALUE - 8));
    }
}
