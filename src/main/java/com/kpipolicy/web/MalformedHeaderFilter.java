package com.kpipolicy.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers Spring MVC parses are parsed here first, the same way, before anything else looks at the request: a value
 * that does not parse is a 400 problem naming the header. Spring would call it an unsupported (415) or unacceptable
 * (406) media type, which sends the caller looking for another type when it is the syntax that is wrong.
 */
@Component
@Order(MalformedHeaderFilter.ORDER)
class MalformedHeaderFilter extends OncePerRequestFilter {
    /** Before the body is read (BodyLimitFilter) and before Spring Security: a broken request goes no further. */
    static final int ORDER = BodyLimitFilter.ORDER - 10;

    private static final HeaderContentNegotiationStrategy ACCEPT = new HeaderContentNegotiationStrategy();

    private final ProblemWriter problems;

    MalformedHeaderFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!contentTypeParses(request)) {
            problems.write(request, response, malformed("The Content-Type header cannot be parsed: it is a media type"
                    + " such as application/json, with parameters as name=value."));
            return;
        }
        if (!acceptParses(request)) {
            problems.write(request, response, malformed("The Accept header cannot be parsed: it lists at most 50 media"
                    + " types such as application/json, with parameters as name=value."));
            return;
        }
        chain.doFilter(request, response);
    }

    // As Spring MVC's content negotiation reads it (at most 50 types). Past this point Spring would answer 406, and
    // with no type it may write, with no body; the problem here is written as it is, whatever the caller accepts.
    private static boolean acceptParses(HttpServletRequest request) {
        try {
            ACCEPT.resolveMediaTypes(new ServletWebRequest(request));
            return true;
        } catch (HttpMediaTypeNotAcceptableException e) {
            return false;
        }
    }

    // As Spring MVC's consumes condition reads it.
    private static boolean contentTypeParses(HttpServletRequest request) {
        String contentType = request.getContentType();
        try {
            if (StringUtils.hasLength(contentType)) {
                MediaType.parseMediaType(contentType);
            }
            return true;
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static ProblemDetail malformed(String detail) {
        return Problems.of(HttpStatus.BAD_REQUEST, "malformed-header", "Malformed header", detail);
    }
}
