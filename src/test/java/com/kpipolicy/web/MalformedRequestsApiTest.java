package com.kpipolicy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.support.Caller;
import com.kpipolicy.support.Http;
import com.kpipolicy.support.Multipart;
import com.kpipolicy.support.Requests;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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
}
