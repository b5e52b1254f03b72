package com.kpipolicy.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whatever the servlet container itself turns into an error page (a failure outside any controller)
 * is a problem document too, naming only the status: the container's message may quote the request.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        // A filter that could not read the parameters made Tomcat answer 400: said here as a controller would say it.
        ProblemDetail problem = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable e
                ? UnreadableParameters.in(e).map(UnreadableParameters::problem).orElseGet(() -> byStatus(request))
                : byStatus(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path) {
            problem.setInstance(java.net.URI.create(path));
        }
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ProblemDetail byStatus(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Called directly, /error is just a path that serves nothing.
        HttpStatus status = code == null ? HttpStatus.NOT_FOUND
                : code instanceof Integer c && HttpStatus.resolve(c) != null && c >= 400
                ? HttpStatus.valueOf(c) : HttpStatus.INTERNAL_SERVER_ERROR;
        return Problems.of(status, status.is5xxServerError() ? "internal" : "http-" + status.value(),
                status.getReasonPhrase(), status.is5xxServerError()
                        ? "The service failed unexpectedly. The failure is logged."
                        : "The request was refused: " + status.getReasonPhrase() + ".");
    }
}
