package com.kpipolicy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.support.Caller;
import com.kpipolicy.support.Http;
import com.kpipolicy.support.Multipart;
import com.kpipolicy.support.Requests;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import tools.jackson.databind.JsonNode;

/**
 * Requests the HTTP layer cannot take as sent (a body of another type, a broken query string or Accept header)
 * are refused with a problem that says what was wrong: never a 500, never an answer without a body.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:malformed-requests;DB_CLOSE_DELAY=-1")
class MalformedRequestsApiTest {
    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private static JsonNode problem(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").hasSizeLessThan(2_000);
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }

    @Test
    void aBodyOfAnotherTypeIsA415ProblemNamingTheTypeTheEndpointTakes() {
        Http.Response response = http.post("/api/v1/evaluations", "text/plain", "{}".getBytes(StandardCharsets.UTF_8),
                "application/json");

        JsonNode problem = problem(response, 415);
        assertThat(problem.path("type").asString()).isEqualTo("urn:problem:kpi-policy:http-415");
        assertThat(problem.get("detail").asString()).isEqualTo("This endpoint takes a body of type application/json,"
                + " not 'text/plain'.");
        JsonNode upload = problem(http.as(Caller.ANALYST).post("/api/v1/rulesets/validate", "application/json",
                "{}".getBytes(StandardCharsets.UTF_8), "application/json"), 415);
        assertThat(upload.get("detail").asString()).isEqualTo("This endpoint takes a body of type multipart/form-data,"
                + " not 'application/json'.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.kpipolicy.support.Multipart#malformed")
    void aMultipartBodyOnAJsonEndpointIsA415ProblemLikeAnyOtherType(Multipart.Malformed body) {
        for (String path : List.of("/api/v1/evaluations", "/api/v1/evaluations/batch")) {
            JsonNode problem = problem(http.post(path, body.contentType(), body.body(), "application/json"), 415);

            assertThat(problem.get("detail").asString()).isEqualTo("This endpoint takes a body of type"
                    + " application/json, not 'multipart/form-data'.");
        }
    }

    @Test
    void aContentTypeThatDoesNotParseIsABadRequestNamingTheHeaderOnEveryEndpointThatTakesABody() {
        Map<String, Caller> endpoints = Map.of("/api/v1/evaluations", Caller.HR_SYSTEM, "/api/v1/evaluations/batch",
                Caller.HR_SYSTEM, "/api/v1/rulesets/validate", Caller.ANALYST, "/api/v1/rulesets/impact", Caller.ANALYST);
        endpoints.forEach((path, caller) -> {
            for (String contentType : List.of("multipart/form-data; boundary=", "???", "application/")) {
                JsonNode problem = problem(http.as(caller).post(path, contentType, "{}".getBytes(StandardCharsets.UTF_8),
                        "application/json"), 400);

                assertThat(problem.get("type").asString()).as(path + " " + contentType)
                        .isEqualTo("urn:problem:kpi-policy:malformed-header");
                assertThat(problem.get("detail").asString()).isEqualTo("The Content-Type header cannot be parsed: it is"
                        + " a media type such as application/json, with parameters as name=value.");
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"???", "a", "text/plain;q=x"})
    void anAcceptHeaderThatDoesNotParseIsABadRequestWithAProblemBodyOnEveryEndpoint(String accept) {
        List<Http.Response> answers = List.of(
                http.as(Caller.AUDITOR).get("/api/v1/evaluations", "Accept", accept),
                http.as(Caller.AUDITOR).get("/api/v1/nothing-here", "Accept", accept),
                http.as(Caller.AUDITOR).get("/actuator/metrics", "Accept", accept),
                http.anonymous().get("/actuator/health", "Accept", accept),
                http.anonymous().get("/v3/api-docs", "Accept", accept),
                http.post("/api/v1/evaluations", Requests.saasRequest(), "Accept", accept));

        for (Http.Response answer : answers) {
            JsonNode problem = problem(answer, 400);
            assertThat(problem.get("type").asString()).isEqualTo("urn:problem:kpi-policy:malformed-header");
            assertThat(problem.get("detail").asString()).isEqualTo("The Accept header cannot be parsed: it lists at"
                    + " most 50 media types such as application/json, with parameters as name=value.");
        }
    }

    @Test
    void anAcceptHeaderTooLongOrTooManyToSortIsABadRequestToo() {
        String fiftyOne = String.join(", ", Collections.nCopies(51, "application/json"));

        assertThat(problem(http.as(Caller.AUDITOR).get("/api/v1/rulesets", "Accept", "a".repeat(6_000)), 400)
                .get("type").asString()).isEqualTo("urn:problem:kpi-policy:malformed-header");
        assertThat(problem(http.as(Caller.AUDITOR).get("/api/v1/rulesets", "Accept", fiftyOne), 400)
                .get("type").asString()).isEqualTo("urn:problem:kpi-policy:malformed-header");
    }

    @Test
    void anAcceptHeaderThatParsesButAsksForATypeTheEndpointCannotWriteIsStillA406Problem() {
        JsonNode problem = problem(http.as(Caller.AUDITOR).get("/api/v1/evaluations", "Accept", "application/xml"), 406);

        assertThat(problem.get("type").asString()).isEqualTo("urn:problem:kpi-policy:http-406");
    }

    private static final String MALFORMED_QUERY = "The query string cannot be read: each parameter is name=value, with a"
            + " name, and %-escapes that encode UTF-8 (%C3%A9 for \u00e9), and no more parameters than the server takes.";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ' ', value = {
            "AUDITOR /api/v1/evaluations?employeeId=%ff",
            "AUDITOR /api/v1/audit/export?employeeId=%ff",
            "HR_SYSTEM /api/v1/plans?industry=%ff&stage=GROWTH&salesMode=DIRECT",
            "AUDITOR /api/v1/evaluations?=",
            "AUDITOR /api/v1/evaluations?size=10&=x",
            "AUDITOR /api/v1/evaluations?%c3=x"})
    void aQueryStringThatCannotBeReadIsABadRequestNamingIt(Caller caller, String pathAndQuery) {
        JsonNode problem = problem(http.as(caller).get(pathAndQuery), 400);

        assertThat(problem.get("type").asString()).isEqualTo("urn:problem:kpi-policy:malformed-query");
        assertThat(problem.get("detail").asString()).isEqualTo(MALFORMED_QUERY);
        assertThat(problem.get("instance").asString()).isEqualTo(pathAndQuery.substring(0, pathAndQuery.indexOf('?')));
    }

    /** Tomcat decodes the parameters once, for whoever asks first; a filter that asks is told the same. */
    @ParameterizedTest(name = "read first by a filter {0}")
    @ValueSource(strings = {ParameterReadingFilters.BEFORE_SECURITY, ParameterReadingFilters.AFTER_IDEMPOTENCY})
    void aQueryStringThatCannotBeReadIsTheSameProblemWhicheverFilterReadsTheParametersFirst(String where) {
        Http.Response get = http.as(Caller.AUDITOR).get("/api/v1/evaluations?employeeId=%ff",
                ParameterReadingFilters.HEADER, where);
        Http.Response post = http.post("/api/v1/evaluations?=", Requests.saasRequest(), ParameterReadingFilters.HEADER,
                where, "Idempotency-Key", "\"read-first-" + where + "\"");

        for (Http.Response response : List.of(get, post)) {
            JsonNode problem = problem(response, 400);
            assertThat(problem.get("type").asString()).isEqualTo("urn:problem:kpi-policy:malformed-query");
            assertThat(problem.get("detail").asString()).isEqualTo(MALFORMED_QUERY);
            assertThat(problem.get("instance").asString()).startsWith("/api/v1/evaluations");
        }
        // The key of the refused request was freed: sent again without the broken query, it is evaluated.
        assertThat(http.post("/api/v1/evaluations", Requests.saasRequest(), "Idempotency-Key",
                "\"read-first-" + where + "\"").status()).isEqualTo(201);
    }

    @Test
    void aQueryStringOfMoreParametersThanTheServerTakesIsTheSameProblem() {
        String many = String.join("&", Collections.nCopies(1_001, "size=1"));

        JsonNode problem = problem(http.as(Caller.AUDITOR).get("/api/v1/evaluations?" + many), 400);

        assertThat(problem.get("type").asString()).isEqualTo("urn:problem:kpi-policy:malformed-query");
    }

    /** A multipart body's parameters are its parts: a filter that asks first makes Tomcat parse the upload. */
    @Test
    void anUploadReadFirstByAFilterIsStillAnUploadProblem() {
        Multipart.Malformed cutShort = Multipart.malformed().stream().filter(m -> m.name().equals("a body cut short"))
                .findFirst().orElseThrow();
        Multipart fields = new Multipart().field("note", "no file");
        Multipart large = new Multipart().file("files", "weights.drl.xlsx", "application/octet-stream",
                new byte[10 * 1024 * 1024 + 1]);

        JsonNode unreadable = problem(readFirst(cutShort.contentType(), cutShort.body()), 400);
        JsonNode readable = problem(readFirst(fields.contentType(), fields.bytes()), 400);
        JsonNode tooLarge = problem(readFirst(large.contentType(), large.bytes()), 413);

        assertThat(unreadable.get("type").asString()).isEqualTo("urn:problem:kpi-policy:bad-upload");
        assertThat(unreadable.get("detail").asString()).startsWith("The upload cannot be read as multipart/form-data");
        assertThat(readable.get("detail").asString()).contains("No rule files were uploaded");
        assertThat(tooLarge.get("type").asString()).isEqualTo("urn:problem:kpi-policy:bad-upload");
        assertThat(tooLarge.get("detail").asString()).isEqualTo("The upload is larger than this service takes.");
    }

    private Http.Response readFirst(String contentType, byte[] body) {
        return http.as(Caller.ANALYST).post("/api/v1/rulesets/validate", contentType, body, "application/json",
                ParameterReadingFilters.HEADER, ParameterReadingFilters.BEFORE_SECURITY);
    }

    /** Filters that read the request's parameters before anything else does, when a test asks them to. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ParameterReadingFilters {
        static final String HEADER = "X-Test-Read-Parameters";
        static final String BEFORE_SECURITY = "before-security";
        static final String AFTER_IDEMPOTENCY = "after-idempotency";

        @Bean
        FilterRegistrationBean<Filter> readingBeforeSecurity() {
            return reading(BEFORE_SECURITY, Ordered.HIGHEST_PRECEDENCE + 10);
        }

        @Bean
        FilterRegistrationBean<Filter> readingAfterIdempotency() {
            return reading(AFTER_IDEMPOTENCY, 10);
        }

        private static FilterRegistrationBean<Filter> reading(String where, int order) {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                if (where.equals(((HttpServletRequest) request).getHeader(HEADER))) {
                    request.getParameterMap();
                }
                chain.doFilter(request, response);
            });
            registration.setOrder(order);
            registration.setName("read-parameters-" + where);
            return registration;
        }
    }
}
