package com.kpipolicy.web.security;

import static com.kpipolicy.support.Caller.ANALYST;
import static com.kpipolicy.support.Caller.AUDITOR;
import static com.kpipolicy.support.Caller.HR_SYSTEM;
import static com.kpipolicy.support.Caller.OTHER_HR_SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.support.Caller;
import com.kpipolicy.support.Http;
import com.kpipolicy.support.Requests;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Every endpoint against every kind of caller: none, a wrong key, and each role. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:access-control;DB_CLOSE_DELAY=-1")
class AccessControlApiTest {
    private static final String EVALUATION = "00000000-0000-4000-8000-000000000000";

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** The endpoint, a body for it (or null) and the roles it admits; the README's access table says the same. */
    static Stream<Arguments> endpoints() {
        return Stream.of(
                endpoint("POST", "/api/v1/evaluations", Requests.saasRequest(), HR_SYSTEM),
                endpoint("POST", "/api/v1/evaluations/batch", "{\"items\":[" + Requests.saasRequest() + "]}", HR_SYSTEM),
                endpoint("GET", "/api/v1/evaluations/" + EVALUATION, null, HR_SYSTEM, AUDITOR),
                endpoint("GET", "/api/v1/evaluations", null, AUDITOR),
                endpoint("POST", "/api/v1/evaluations/" + EVALUATION + "/replay", "", AUDITOR),
                endpoint("GET", "/api/v1/plans?industry=SAAS&stage=GROWTH&salesMode=DIRECT", null, HR_SYSTEM, AUDITOR, ANALYST),
                endpoint("POST", "/api/v1/rulesets/lint", "", ANALYST),
                endpoint("POST", "/api/v1/rulesets/validate", "", ANALYST),
                endpoint("POST", "/api/v1/rulesets/reload", "", ANALYST),
                endpoint("POST", "/api/v1/rulesets/impact", "", ANALYST),
                endpoint("GET", "/api/v1/rulesets", null, AUDITOR, ANALYST),
                endpoint("GET", "/api/v1/rulesets/" + "0".repeat(64), null, AUDITOR, ANALYST),
                endpoint("GET", "/api/v1/audit/verify", null, AUDITOR),
                endpoint("GET", "/api/v1/audit/export", null, AUDITOR),
                endpoint("GET", "/actuator/metrics", null, AUDITOR, ANALYST),
                endpoint("GET", "/actuator/prometheus", null, AUDITOR, ANALYST));
    }

    private static Arguments endpoint(String method, String path, String body, Caller... allowed) {
        return Arguments.of(method, path, body, EnumSet.of(allowed[0], allowed));
    }

    private static void assertProblem(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.path("type").asString()).startsWith("urn:problem:kpi-policy:");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void withoutCredentialsEveryEndpointAsksForThem(String method, String path, String body, Set<Caller> allowed) {
        Http.Response response = http.anonymous().send(method, path, body);

        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic realm=\"kpi-policy\"");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void aWrongKeyIsRefusedWithoutSayingWhatWasWrong(String method, String path, String body, Set<Caller> allowed) {
        Http.Response response = http.as("auditor", "not-the-key").send(method, path, body);

        assertProblem(response, 401);
        assertThat(response.body()).doesNotContain("not-the-key").doesNotContain("auditor");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void eachRoleReachesExactlyItsEndpoints(String method, String path, String body, Set<Caller> allowed) {
        for (Caller caller : EnumSet.of(HR_SYSTEM, AUDITOR, ANALYST)) {
            Http.Response response = http.as(caller).send(method, path, body);
            if (allowed.contains(caller)) {
                assertThat(response.status()).as(caller + " " + response.body()).isNotIn(401, 403);
                assertThat(response.status()).as(caller + " " + response.body()).isLessThan(500);
            } else {
                assertProblem(response, 403);
                assertThat(response.json().get("detail").asString()).contains(method + " " + path.split("\\?")[0]);
            }
        }
    }

    @Test
    void anHrSystemReadsItsOwnEvaluationsButNotAnotherHrSystems() {
        String id = http.post("/api/v1/evaluations", Requests.saasRequest()).json().get("evaluationId").asString();

        assertThat(http.get("/api/v1/evaluations/" + id).status()).isEqualTo(200);
        assertThat(http.as(AUDITOR).get("/api/v1/evaluations/" + id).status()).isEqualTo(200);
        Http.Response other = http.as(OTHER_HR_SYSTEM).get("/api/v1/evaluations/" + id);
        assertProblem(other, 403);
        assertThat(other.body()).doesNotContain("totalScore");
    }

    @Test
    void theCallerNameIsWhatTheDecisionLogRecords() {
        http.as(OTHER_HR_SYSTEM).post("/api/v1/evaluations", Requests.saasRequest().replace("E-1001", "CALLER-1"));

        JsonNode page = http.as(AUDITOR).get("/api/v1/evaluations?employeeId=CALLER-1").json();

        assertThat(page.get("items").get(0).get("caller").asString()).isEqualTo("other-hr-system");
    }

    @Test
    void healthAndInfoArePublic() {
        Http anonymous = http.anonymous();

        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.get("/actuator/info").status()).isEqualTo(200);
    }

    @Test
    void healthDetailsAreForAnalystsAndAuditorsOnly() {
        assertThat(http.anonymous().get("/actuator/health").json().has("components")).isFalse();
        assertThat(http.as(HR_SYSTEM).get("/actuator/health").json().has("components")).isFalse();

        JsonNode rules = http.as(ANALYST).get("/actuator/health").json().get("components").get("rules");
        assertThat(rules.get("details").get("liveVersion").asString()).hasSize(64);
        assertThat(http.as(AUDITOR).get("/actuator/health").json().get("components").has("rules")).isTrue();
    }

    @Test
    void actuatorEndpointsBeyondTheFourAreNotExposed() {
        assertThat(http.as(AUDITOR).get("/actuator/env").status()).isEqualTo(404);
        assertThat(http.as(AUDITOR).get("/actuator/beans").status()).isEqualTo(404);
        assertThat(http.as(AUDITOR).get("/h2-console").status()).isEqualTo(404);
    }

    @Test
    void aNameActuatorDoesNotKnowIsA404ProblemLikeAnyUnknownPath() {
        Map<String, Http> calls = Map.of("/actuator/health/nothing-here", http.anonymous(),
                "/actuator/metrics/nothing.here", http.as(AUDITOR));
        calls.forEach((path, caller) -> {
            Http.Response response = caller.get(path);

            assertProblem(response, 404);
            assertThat(response.json().get("type").asString()).isEqualTo("urn:problem:kpi-policy:http-404");
            assertThat(response.json().get("instance").asString()).isEqualTo(path);
        });
        assertThat(http.as(AUDITOR).get("/actuator/metrics/jvm.threads.live").status()).isEqualTo(200);
    }

    @Test
    void anUnknownPathIsA404ProblemForAKnownCallerAndA401ForAStranger() {
        Http.Response unknown = http.get("/api/v1/nothing-here");

        assertProblem(unknown, 404);
        assertThat(unknown.json().get("type").asString()).isEqualTo("urn:problem:kpi-policy:http-404");
        assertProblem(http.anonymous().get("/api/v1/nothing-here"), 401);
    }

    @Test
    void aMethodAnEndpointDoesNotTakeIsA405Problem() {
        Http.Response response = http.send("DELETE", "/api/v1/evaluations/" + EVALUATION, null);

        assertProblem(response, 405);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:problem:kpi-policy:http-405");
        assertThat(response.header("Allow")).contains("GET");
        assertProblem(http.as(ANALYST).send("PUT", "/api/v1/plans", "{}"), 405);
    }
}
