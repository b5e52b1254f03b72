package com.kpipolicy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.support.Caller;
import com.kpipolicy.support.Http;
import com.kpipolicy.support.Requests;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/evaluations/batch on a real port with a real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:batch-api;DB_CLOSE_DELAY=-1")
class BatchEvaluationApiTest {
    /** Every 100th request is bad, each in its own way; the field each one names is what the refusal must name. */
    private static final Map<Integer, String> BAD = Map.of(
            0, "metrics",
            1, "metrics[0].target",
            2, "metrics[0].actual",
            3, "industry",
            4, "notAField",
            5, "$",
            6, "period",
            7, "metrics[1].kpi");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private static String request(String employeeId) {
        return Requests.saasRequest().replace("E-1001", employeeId);
    }

    private static String bad(int kind, String employeeId) {
        String good = request(employeeId);
        return switch (kind) {
            case 0 -> good.replace(",{\"kpi\":\"NPS\",\"actual\":45,\"target\":50}", "");
            case 1 -> good.replace("\"target\":1000000", "\"target\":0");
            case 2 -> good.replace("\"actual\":1200000", "\"actual\":\"a lot\"");
            case 3 -> good.replace("\"SAAS\"", "\"RETAIL\"");
            case 4 -> good.replace("{\"employeeId\"", "{\"notAField\":1,\"employeeId\"");
            case 5 -> "null";
            case 6 -> good.replace("2025-Q3", "Q3/2025");
            default -> good.replace("NEW_CUSTOMERS", "SALES_AMOUNT");
        };
    }

    private static String batch(List<String> items) {
        return "{\"items\":[" + String.join(",", items) + "]}";
    }

    private List<String> storedEmployees(String prefix) {
        return jdbc.sql("SELECT employee_id FROM evaluation WHERE employee_id LIKE :prefix ORDER BY seq")
                .param("prefix", prefix + "%").query(String.class).list();
    }

    @Test
    void aBatchWithOnePercentBadRequestsStoresEveryGoodOneInOrderAndNamesWhatIsWrongWithEachBadOne() {
        int size = 2_000;
        List<String> items = new ArrayList<>();
        List<String> expectedStored = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String employee = "B-%05d".formatted(i);
            if (i % 100 == 99) {
                items.add(bad((i / 100) % BAD.size(), employee));
            } else {
                items.add(request(employee));
                expectedStored.add(employee);
            }
        }

        Http.Response response = http.post("/api/v1/evaluations/batch", batch(items));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("summary").get("received").asInt()).isEqualTo(2_000);
        assertThat(body.get("summary").get("evaluated").asInt()).isEqualTo(1_980);
        assertThat(body.get("summary").get("rejected").asInt()).isEqualTo(20);
        JsonNode results = body.get("items");
        assertThat(results).hasSize(size);
        for (int i = 0; i < size; i++) {
            JsonNode result = results.get(i);
            assertThat(result.get("index").asInt()).isEqualTo(i);
            if (i % 100 == 99) {
                assertThat(result.get("status").asInt()).as("item %d", i).isEqualTo(422);
                assertThat(result.has("evaluationId")).isFalse();
                JsonNode problem = result.get("problem");
                assertThat(problem.get("type").asString()).isEqualTo("urn:problem:kpi-policy:invalid-request");
                assertThat(problem.get("errors").get(0).get("field").asString()).as("item %d", i)
                        .isEqualTo(BAD.get((i / 100) % BAD.size()));
            } else {
                assertThat(result.get("status").asInt()).as("item %d", i).isEqualTo(201);
                assertThat(result.get("evaluationId").asString()).matches("[0-9a-f-]{36}");
            }
        }
        assertThat(storedEmployees("B-")).containsExactlyElementsOf(expectedStored);
        assertThat(http.as(Caller.AUDITOR).get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
    }

    @Test
    void batchesSentAtOnceAreEachStoredInTheirOwnOrderAndTheChainStaysIntact() throws Exception {
        int batches = 6;
        int size = 1_200;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(batches);
        try {
            List<Future<Http.Response>> answers = new ArrayList<>();
            for (int b = 0; b < batches; b++) {
                List<String> items = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    items.add(request("P%d-%04d".formatted(b, i)));
                }
                answers.add(callers.submit(() -> {
                    start.await();
                    return http.post("/api/v1/evaluations/batch", batch(items));
                }));
            }
            start.countDown();

            for (int b = 0; b < batches; b++) {
                Http.Response response = answers.get(b).get();
                assertThat(response.status()).as(response.body()).isEqualTo(200);
                assertThat(response.json().get("summary").get("evaluated").asInt()).isEqualTo(size);
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    expected.add("P%d-%04d".formatted(b, i));
                }
                assertThat(storedEmployees("P" + b + "-")).containsExactlyElementsOf(expected);
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(http.as(Caller.AUDITOR).get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
    }

    @Test
    void anEvaluationFromABatchIsStoredAsTheSingleEndpointWouldAnswerIt() {
        JsonNode result = http.post("/api/v1/evaluations/batch", batch(List.of(request("BS-1")))).json();
        String id = result.get("items").get(0).get("evaluationId").asString();

        JsonNode stored = http.get("/api/v1/evaluations/" + id).json();

        assertThat(stored.get("employeeId").asString()).isEqualTo("BS-1");
        assertThat(stored.get("totalScore").decimalValue()).isEqualByComparingTo("105.44");
        assertThat(stored.get("grade").asString()).isEqualTo("A");
        assertThat(jdbc.sql("SELECT caller FROM evaluation WHERE employee_id = 'BS-1'").query(String.class).single())
                .isEqualTo("hr-system");
    }

    @Test
    void aBatchWhoseRequestsAreAllBadIsStillAnsweredItemByItem() {
        Http.Response response = http.post("/api/v1/evaluations/batch", batch(List.of(bad(3, "BB-1"), "42")));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("summary").get("evaluated").asInt()).isZero();
        assertThat(body.get("summary").get("rejected").asInt()).isEqualTo(2);
        assertThat(body.get("items").get(1).get("problem").get("errors").get(0).get("message").asString())
                .isEqualTo("must be an evaluation request object");
    }

    @Test
    void aBatchOfMoreThanTenThousandRequestsIsTooLargeAndNothingIsStored() {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            items.add("{}");
        }
        long before = jdbc.sql("SELECT COUNT(*) FROM evaluation").query(Long.class).single();

        Http.Response response = http.post("/api/v1/evaluations/batch", batch(items));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("at most 10000").contains("not 10001");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evaluation").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anEmptyBatchIsRefusedNamingItems() {
        Http.Response response = http.post("/api/v1/evaluations/batch", "{\"items\":[]}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("items");
    }

    @Test
    void aBatchThatIsNotJsonIsABadRequest() {
        Http.Response response = http.post("/api/v1/evaluations/batch", "{\"items\":[{\"employeeId\":");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
