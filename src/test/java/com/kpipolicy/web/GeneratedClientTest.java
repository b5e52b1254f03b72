package com.kpipolicy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kpipolicy.client.ApiClient;
import com.kpipolicy.client.ApiException;
import com.kpipolicy.client.api.AuditApi;
import com.kpipolicy.client.api.EvaluationsApi;
import com.kpipolicy.client.api.PlansApi;
import com.kpipolicy.client.model.BatchRequest;
import com.kpipolicy.client.model.BatchResponse;
import com.kpipolicy.client.model.EvaluationRequest;
import com.kpipolicy.client.model.EvaluationResponse;
import com.kpipolicy.client.model.MetricRequest;
import com.kpipolicy.client.model.PlanResponse;
import com.kpipolicy.support.Caller;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An HR system's integration as a client generator would write it: the Java client generated at build
 * time (openapi-generator, "java"/"native") from openapi/kpi-policy.json, the contract that
 * OpenApiContractTest keeps equal to /v3/api-docs, evaluating against the real service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:generated-client;DB_CLOSE_DELAY=-1")
class GeneratedClientTest {
    @LocalServerPort
    int port;
    ApiClient hrSystem;

    @BeforeEach
    void client() {
        hrSystem = client(Caller.HR_SYSTEM);
    }

    private ApiClient client(Caller caller) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        String credentials = caller.user() + ":" + caller.key();
        client.setRequestInterceptor(request -> request.header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));
        return client;
    }

    private static MetricRequest metric(String kpi, String actual, String target) {
        return new MetricRequest().kpi(kpi).actual(new BigDecimal(actual)).target(new BigDecimal(target));
    }

    private static EvaluationRequest saasRequest(String employeeId) {
        return new EvaluationRequest().employeeId(employeeId).period("2025-Q3").industry("SAAS").stage("GROWTH")
                .salesMode("DIRECT")
                .addMetricsItem(metric("SALES_AMOUNT", "1300000", "1000000"))
                .addMetricsItem(metric("NEW_CUSTOMERS", "18", "20"))
                .addMetricsItem(metric("RENEWAL_RATE", "0.92", "0.9"))
                .addMetricsItem(metric("NPS", "35", "50"))
                .addMetricsItem(metric("CRM_DATA_COMPLETENESS", "0.95", "0.95"))
                .addMetricsItem(metric("TEAM_COLLABORATION", "4.2", "4"));
    }

    @Test
    void theGeneratedClientEvaluatesAndReadsTheEvaluationBack() throws ApiException {
        EvaluationsApi evaluations = new EvaluationsApi(hrSystem);

        EvaluationResponse evaluated = evaluations.evaluate(saasRequest("GEN-1"), null);

        assertThat(evaluated.getPlanId()).isEqualTo("SAAS_FUSION");
        assertThat(evaluated.getTotalScore()).isEqualByComparingTo("96.44");
        assertThat(evaluated.getGrade()).isEqualTo("B");
        assertThat(evaluated.getGuardrails()).extracting(g -> g.getId()).containsExactly("CUSTOMER_VALUE_FLOOR");
        assertThat(evaluated.getKpis()).hasSize(6);
        EvaluationResponse stored = evaluations.getEvaluation(evaluated.getEvaluationId().toString());
        assertThat(stored).isEqualTo(evaluated);
    }

    @Test
    void theGeneratedClientSendsABatchAndAnIdempotencyKey() throws ApiException {
        EvaluationsApi evaluations = new EvaluationsApi(hrSystem);
        BatchRequest batch = new BatchRequest().addItemsItem(saasRequest("GEN-2"))
                .addItemsItem(saasRequest("GEN-3").industry("RETAIL"));

        BatchResponse first = evaluations.evaluateBatch(batch, "\"gen-batch-1\"");
        BatchResponse retry = evaluations.evaluateBatch(batch, "\"gen-batch-1\"");

        assertThat(first.getSummary().getEvaluated()).isEqualTo(1);
        assertThat(first.getSummary().getRejected()).isEqualTo(1);
        assertThat(first.getItems().get(1).getStatus()).isEqualTo(422);
        assertThat(first.getItems().get(1).getProblem().getErrors()).extracting(e -> e.getField()).containsExactly("industry");
        assertThat(retry).isEqualTo(first);
    }

    @Test
    void theGeneratedClientReadsPlansAndSeesRefusalsAsProblems() throws ApiException {
        PlanResponse plan = new PlansApi(hrSystem).getPlan("SAAS", "GROWTH", "DIRECT", null);
        assertThat(plan.getKpis()).hasSize(6);

        assertThatThrownBy(() -> new EvaluationsApi(hrSystem).evaluate(saasRequest("GEN-4").period("Q3"), null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("\"field\":\"period\"");
                });
        assertThatThrownBy(() -> new AuditApi(hrSystem).verifyChain())
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
        assertThat(new AuditApi(client(Caller.AUDITOR)).verifyChain().getIntact()).isTrue();
    }
}
