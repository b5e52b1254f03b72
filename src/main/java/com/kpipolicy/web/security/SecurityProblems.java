package com.kpipolicy.web.security;

import com.kpipolicy.web.ProblemWriter;
import com.kpipolicy.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401 and 403 as problem documents; neither repeats what the caller sent. */
@Component
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {
    private final ProblemWriter writer;

    SecurityProblems(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"kpi-policy\", charset=\"UTF-8\"");
        boolean sent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        writer.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                sent ? "The credentials sent were not accepted." : "This call needs HTTP Basic credentials of a caller"
                        + " of this service."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        writer.write(request, response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "The roles of this caller do not allow " + request.getMethod() + " " + request.getRequestURI() + "."));
    }
}
