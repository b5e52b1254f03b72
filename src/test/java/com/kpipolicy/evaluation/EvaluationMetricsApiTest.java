package com.kpipolicy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.support.Caller;
import com.kpipolicy.support.Http;
import com.kpipolicy.support.Requests;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What operations scrape from /actuator/prometheus about evaluations. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:evaluation-metrics;DB_CLOSE_DELAY=-1")
class EvaluationMetricsApiTest {
    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private String scrape() {
        Http.Response response = http.as(Caller.AUDITOR).get("/actuator/prometheus");
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    /** The value of the one series whose line starts with this name and labels (0 when absent). */
    private static double value(String scrape, String series) {
        return Arrays.stream(scrape.split("\n")).filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst().orElse(0);
    }

    @Test
    void evaluationsAreCountedAndTimedWithTheirGradesGuardrailHitsAndErrors() {
        String before = scrape();

        http.post("/api/v1/evaluations", Requests.saasRequest());
        http.post("/api/v1/evaluations", Requests.saasRequest(
                "{\"kpi\":\"SALES_AMOUNT\",\"actual\":1300000,\"target\":1000000}",
                "{\"kpi\":\"NPS\",\"actual\":35,\"target\":50}"));
        http.post("/api/v1/evaluations/batch", "{\"items\":[" + Requests.saasRequest() + ","
                + Requests.saasRequest().replace("\"target\":1000000", "\"target\":0") + "]}");
        String after = scrape();

        assertThat(value(after, "kpi_evaluations_seconds_count{outcome=\"evaluated\"}")
                - value(before, "kpi_evaluations_seconds_count{outcome=\"evaluated\"}")).isEqualTo(3);
        assertThat(value(after, "kpi_evaluations_grades_total{grade=\"A\"}")
                - value(before, "kpi_evaluations_grades_total{grade=\"A\"}")).isEqualTo(2);
        assertThat(value(after, "kpi_evaluations_grades_total{grade=\"B\"}")
                - value(before, "kpi_evaluations_grades_total{grade=\"B\"}")).isEqualTo(1);
        assertThat(value(after, "kpi_evaluations_guardrail_hits_total{guardrail=\"CUSTOMER_VALUE_FLOOR\"}")
                - value(before, "kpi_evaluations_guardrail_hits_total{guardrail=\"CUSTOMER_VALUE_FLOOR\"}")).isEqualTo(1);
        assertThat(value(after, "kpi_evaluations_errors_total{type=\"invalid-request\"}")
                - value(before, "kpi_evaluations_errors_total{type=\"invalid-request\"}")).isEqualTo(1);
        assertThat(after).contains("kpi_evaluations_seconds_bucket{outcome=\"evaluated\",le=\"");
    }

    @Test
    void anAnalystReadsTheEvaluationTimerThroughTheMetricsEndpoint() {
        http.post("/api/v1/evaluations", Requests.saasRequest());

        Http.Response response = http.as(Caller.ANALYST).get("/actuator/metrics/kpi.evaluations");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("name").asString()).isEqualTo("kpi.evaluations");
        assertThat(response.json().get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(1);
    }
}
