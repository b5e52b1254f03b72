package com.kpipolicy.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Actuator answers a name it does not know (/actuator/health/nope, /actuator/metrics/nope) with a 404 and no body,
 * as an ordinary answer, so no error page follows. Such an answer is sent to the error page here, which writes the
 * problem any other unknown path gets.
 */
@Component
class ActuatorNotFoundFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        BodyWatch answer = new BodyWatch(response);
        chain.doFilter(request, answer);
        if (answer.getStatus() == HttpServletResponse.SC_NOT_FOUND && !answer.bodyStarted && !response.isCommitted()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** Knows whether anything began to write a body, even one still in the buffer. */
    private static final class BodyWatch extends HttpServletResponseWrapper {
        private boolean bodyStarted;

        BodyWatch(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            bodyStarted = true;
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            bodyStarted = true;
            return super.getWriter();
        }
    }
}
