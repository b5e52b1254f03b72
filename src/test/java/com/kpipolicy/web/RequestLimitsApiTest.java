package com.kpipolicy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.support.Caller;
import com.kpipolicy.support.Http;
import com.kpipolicy.support.Requests;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Hostile and oversized bodies are refused with a problem, quote nothing back, and the service keeps serving. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:request-limits;DB_CLOSE_DELAY=-1")
class RequestLimitsApiTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private JsonNode problem(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at com.").hasSizeLessThan(2_000);
        return response.json();
    }

    private void stillServes() {
        assertThat(http.post("/api/v1/evaluations", Requests.saasRequest()).status()).isEqualTo(201);
    }

    private static String withEmployee(String employeeId) {
        return Requests.saasRequest().replace("\"E-1001\"", "\"" + employeeId + "\"");
    }

    @Test
    void aSingleRequestOver64KbIsTooLarge() {
        String body = withEmployee("E-1") + " ".repeat(64 * 1024);

        JsonNode problem = problem(http.post("/api/v1/evaluations", body), 413);

        assertThat(problem.get("type").asString()).isEqualTo("urn:problem:kpi-policy:content-too-large");
        assertThat(problem.get("detail").asString()).contains("64 KB");
        stillServes();
    }

    @Test
    void aBodySentInChunksWithoutALengthIsCountedAsItArrives() {
        byte[] body = (Requests.saasRequest() + " ".repeat(200 * 1024)).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/evaluations"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("hr-system:hr-system-test-key".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        problem(http.send(request), 413);
        stillServes();
    }

    @Test
    void aBatchBodyOver16MbIsTooLarge() {
        List<String> items = new ArrayList<>();
        String item = Requests.saasRequest();
        for (long size = 0; size <= 16L * 1024 * 1024; size += item.length() + 1) {
            items.add(item);
        }
        long before = jdbc.sql("SELECT COUNT(*) FROM evaluation").query(Long.class).single();

        JsonNode problem = problem(http.post("/api/v1/evaluations/batch", "{\"items\":[" + String.join(",", items) + "]}"), 413);

        assertThat(problem.get("detail").asString()).isEqualTo("The body is larger than 16 MB, the most this endpoint"
                + " takes; split the batch.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evaluation").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void jsonNestedDeeperThan32LevelsIsRefusedAndTheServiceKeepsServing() {
        String deep = "[".repeat(30_000) + "]".repeat(30_000);
        String deepInAField = Requests.saasRequest().replace("\"E-1001\"", "[".repeat(40) + "]".repeat(40));

        assertThat(problem(http.post("/api/v1/evaluations/batch", "{\"items\":[" + deep + "]}"), 422).get("detail")
                .asString()).isEqualTo("The JSON is nested deeper than 32 levels.");
        assertThat(problem(http.post("/api/v1/evaluations/batch", "{\"items\":[" + deepInAField + "]}"), 422).get("type")
                .asString()).isEqualTo("urn:problem:kpi-policy:json-limit");
        // A single request is bound as it is read: the first array where an object belongs stops the parse.
        assertThat(problem(http.post("/api/v1/evaluations", deep), 422).get("errors").get(0).get("field").asString())
                .isEqualTo("$");
        stillServes();
    }

    @Test
    void aStringLongerThanTheParserTakesIsRefusedWithoutQuotingIt() {
        String secret = "s3cr3t-" + "x".repeat(20_000);

        Http.Response response = http.post("/api/v1/evaluations", withEmployee(secret));

        assertThat(problem(response, 422).get("detail").asString()).contains("longer than 10000 characters");
        assertThat(response.body()).doesNotContain("s3cr3t");
        stillServes();
    }

    @Test
    void aLongNumberIsRefused() {
        String body = Requests.saasRequest().replace("\"actual\":1200000", "\"actual\":" + "9".repeat(60));

        assertThat(problem(http.post("/api/v1/evaluations", body), 422).get("detail").asString())
                .contains("number is longer than 40");
    }

    @Test
    void textLongerThanAFieldTakesIsNamedWithoutRepeatingItInFull() {
        String industry = "INDUSTRY-" + "Y".repeat(5_000);

        Http.Response response = http.post("/api/v1/evaluations", Requests.saasRequest().replace("\"SAAS\"", "\"" + industry + "\""));

        JsonNode problem = problem(response, 422);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("industry");
        assertThat(response.body()).doesNotContain("Y".repeat(100));
    }

    @Test
    void numbersWithAbsurdExponentsAreRefusedAtOnce() {
        String tiny = Requests.saasRequest().replace("\"actual\":1200000", "\"actual\":1e-999999999");
        String huge = Requests.saasRequest().replace("\"target\":1000000", "\"target\":1E+999999999");

        assertThat(problem(http.post("/api/v1/evaluations", tiny), 422).get("errors").get(0).get("field").asString())
                .isEqualTo("metrics[0].actual");
        assertThat(problem(http.post("/api/v1/evaluations", huge), 422).get("errors").get(0).get("message").asString())
                .isEqualTo("must be at most 10^15");
        stillServes();
    }

    @Test
    void aNumberNoDecimalCanHoldIsNamedAsOutOfRangeAloneOrInABatchNotCalledMalformedJson() {
        for (String number : List.of("1e-2147483648", "1E+2147483648")) {
            String body = Requests.saasRequest().replace("\"actual\":1200000", "\"actual\":" + number);

            JsonNode single = problem(http.post("/api/v1/evaluations", body), 422).get("errors").get(0);
            JsonNode item = http.post("/api/v1/evaluations/batch", "{\"items\":[" + body + "," + Requests.saasRequest() + "]}")
                    .json().get("items");

            assertThat(single.get("field").asString()).isEqualTo("metrics[0].actual");
            assertThat(single.get("message").asString()).startsWith("is a number out of range");
            assertThat(item.get(0).get("status").asInt()).isEqualTo(422);
            assertThat(item.get(0).get("problem").get("errors").get(0)).isEqualTo(single);
            assertThat(item.get(1).get("status").asInt()).isEqualTo(201);
        }
        stillServes();
    }

    @Test
    void moreThanFiftyMetricsAreRefusedNamingMetrics() {
        List<String> metrics = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            metrics.add("{\"kpi\":\"NPS\",\"actual\":1,\"target\":1}");
        }
        String body = Requests.saasRequest().replaceAll("\"metrics\":\\[.*]", "\"metrics\":[" + String.join(",", metrics) + "]");

        JsonNode problem = problem(http.post("/api/v1/evaluations", body), 422);

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("metrics");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("at most 50 metrics, not 51");
    }

    @Test
    void aQueryParameterThatDoesNotConvertIsNamedWithoutRepeatingItInFull() {
        Http.Response response = http.as(Caller.AUDITOR)
                .get("/api/v1/evaluations?page=" + "9".repeat(3_000) + "x");

        JsonNode problem = problem(response, 400);
        assertThat(problem.get("type").asString()).isEqualTo("urn:problem:kpi-policy:http-400");
        assertThat(problem.get("detail").asString()).isEqualTo("The parameter 'page' does not take the value '"
                + "9".repeat(64) + "…'.");
    }

    @Test
    void malformedJsonIsABadRequestThatDoesNotQuoteTheBody() {
        Http.Response response = http.post("/api/v1/evaluations", "{\"employeeId\": hunter2-password}");

        JsonNode problem = problem(response, 400);
        assertThat(problem.get("detail").asString()).isEqualTo("The body is not valid JSON (line 1, column 16).");
        assertThat(response.body()).doesNotContain("hunter2");
    }

    @Test
    void aUrlTheServerCannotDecodeIsABadRequestProblemNotAnHtmlPage() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /api/v1/evaluations/%zz HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json")
                    .contains("\"status\":400").doesNotContain("<html");
        }
        stillServes();
    }
}
