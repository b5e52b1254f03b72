package com.kpipolicy.evaluation;

import com.kpipolicy.support.Requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.support.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:evaluation-api;DB_CLOSE_DELAY=-1")
class EvaluationApiTest {
    private static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private long stored() {
        return jdbc.sql("SELECT COUNT(*) FROM evaluation").query(Long.class).single();
    }

    private JsonNode problem(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at com.");
        return problem;
    }

    private List<String> fieldsOf(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private List<String> refusedFields(String body) {
        long before = stored();
        JsonNode problem = problem(http.post("/api/v1/evaluations", body), 422);
        assertThat(stored()).as("nothing is stored for a refused request").isEqualTo(before);
        return fieldsOf(problem);
    }

    @Test
    void evaluationIdsAreTimeOrderedUuidsSoThatEachStoredEvaluationGoesToTheEndOfTheIdIndex() {
        UUID first = UUID.fromString(http.post("/api/v1/evaluations", Requests.saasRequest()).json()
                .get("evaluationId").asString());
        UUID second = UUID.fromString(http.post("/api/v1/evaluations", Requests.saasRequest()).json()
                .get("evaluationId").asString());

        assertThat(first.version()).isEqualTo(7);
        assertThat(second.version()).isEqualTo(7);
        assertThat(second.toString()).isGreaterThan(first.toString());
        assertThat(jdbc.sql("SELECT CAST(id AS VARCHAR) FROM evaluation WHERE id IN (?, ?) ORDER BY id")
                .params(first, second).query(String.class).list())
                .containsExactly(first.toString(), second.toString());
    }

    @Test
    void anEvaluationIsScoredExplainedAndCreatedWithItsLocation() {
        Http.Response response = http.post("/api/v1/evaluations", Requests.saasRequest());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode body = response.json();
        String id = body.get("evaluationId").asString();
        assertThat(response.location()).isEqualTo("http://localhost:" + port + "/api/v1/evaluations/" + id);
        assertThat(body.get("rulesetVersion").asString()).matches("[0-9a-f]{64}");
        assertThat(body.get("planId").asString()).isEqualTo("SAAS_FUSION");
        // 42.00 + 13.50 + 20.444… + 9.00 + 10.00 + 10.50 = 105.444… → 105.44, grade A
        assertThat(body.get("totalScore").decimalValue()).isEqualByComparingTo("105.44");
        assertThat(body.get("grade").asString()).isEqualTo("A");
        assertThat(body.get("bonusMultiplier").decimalValue()).isEqualByComparingTo("1.2");
        JsonNode renewal = body.get("kpis").get(2);
        assertThat(renewal.get("kpi").asString()).isEqualTo("RENEWAL_RATE");
        assertThat(renewal.get("category").asString()).isEqualTo("CUSTOMER_VALUE");
        assertThat(renewal.get("weight").decimalValue()).isEqualByComparingTo("20");
        assertThat(renewal.get("achievement").decimalValue()).isEqualByComparingTo("1.0222");
        assertThat(renewal.get("score").decimalValue()).isEqualByComparingTo("102.22");
        assertThat(renewal.get("weightedScore").decimalValue()).isEqualByComparingTo("20.44");
        assertThat(body.get("guardrails").isEmpty()).isTrue();
        assertThat(body.get("firedRules").toString()).contains("weights.drl.xlsx, sheet Plans, row 16")
                .contains("grades.drl.xlsx, sheet Grades, row 16").contains("scoring.drl: Score: achievement x 100, capped");
    }

    @Test
    void aStoredEvaluationIsReturnedExactlyAsItWasAnswered() {
        Http.Response created = http.post("/api/v1/evaluations", Requests.saasRequest());

        Http.Response fetched = http.get("/api/v1/evaluations/" + created.json().get("evaluationId").asString());

        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.contentType()).startsWith("application/json");
        assertThat(fetched.body()).isEqualTo(created.body());
    }

    @Test
    void theCustomerValueFloorIsListedWithWhatItChanged() {
        JsonNode body = http.post("/api/v1/evaluations", Requests.saasRequest(
                "{\"kpi\":\"SALES_AMOUNT\",\"actual\":1300000,\"target\":1000000}",
                "{\"kpi\":\"NPS\",\"actual\":35,\"target\":50}")).json();

        JsonNode guardrail = body.get("guardrails").get(0);
        assertThat(guardrail.get("id").asString()).isEqualTo("CUSTOMER_VALUE_FLOOR");
        assertThat(guardrail.get("effect").asString()).isEqualTo("CAP_RESULT_SCORES");
        assertThat(guardrail.get("message").asString()).contains("NPS");
        JsonNode change = guardrail.get("changes").get(0);
        assertThat(change.get("kpi").asString()).isEqualTo("SALES_AMOUNT");
        assertThat(change.get("from").decimalValue()).isEqualByComparingTo("130.00");
        assertThat(change.get("to").decimalValue()).isEqualByComparingTo("100.00");
        // 35.00 + 13.50 + 20.444… + 7.00 + 10.00 + 10.50 = 96.444… → 96.44
        assertThat(body.get("totalScore").decimalValue()).isEqualByComparingTo("96.44");
        assertThat(body.get("grade").asString()).isEqualTo("B");
    }

    @Test
    void malformedJsonIsABadRequest() {
        JsonNode problem = problem(http.post("/api/v1/evaluations", "{\"employeeId\": \"E-1\", "), 400);

        assertThat(problem.get("detail").asString()).contains("not valid JSON");
    }

    @Test
    void aNonNumericValueIsRefusedNamingItsField() {
        assertThat(refusedFields(Requests.saasRequest("{\"kpi\":\"NPS\",\"actual\":\"forty\",\"target\":50}")))
                .containsExactly("metrics[3].actual");
        assertThat(refusedFields(Requests.saasRequest("{\"kpi\":\"NPS\",\"actual\":45,\"target\":\"NaN\"}")))
                .containsExactly("metrics[3].target");
    }

    @Test
    void anUnknownFieldIsRefusedRatherThanSilentlyDropped() {
        assertThat(refusedFields(Requests.saasRequest().replace("\"target\":50}", "\"targt\":50}"))).containsExactly("metrics[3].targt");
    }

    @Test
    void everyProblemOfARequestIsListedWithItsField() {
        String body = "{\"employeeId\":\"\",\"period\":\"2025-Q5\",\"industry\":\"RETAIL\",\"stage\":\"TEEN\",\"salesMode\":null,"
                + "\"metrics\":[{\"kpi\":\"SALES_AMOUNT\",\"actual\":-1,\"target\":0},"
                + "{\"kpi\":\"SALES_AMOUNT\",\"actual\":1,\"target\":-5},{\"kpi\":\"FOO\",\"actual\":1,\"target\":1},"
                + "{\"kpi\":\"NPS\"}]}";

        assertThat(refusedFields(body)).containsExactly("employeeId", "period", "industry", "stage", "salesMode",
                "metrics[0].actual", "metrics[0].target", "metrics[1].kpi", "metrics[1].target", "metrics[2].kpi",
                "metrics[3].actual", "metrics[3].target");
    }

    @Test
    void missingKpisOfThePlanAreAllNamed() {
        String body = Requests.saasRequest().replace(",{\"kpi\":\"NPS\",\"actual\":45,\"target\":50}", "")
                .replace(",{\"kpi\":\"TEAM_COLLABORATION\",\"actual\":4.2,\"target\":4}", "");
        long before = stored();

        JsonNode problem = problem(http.post("/api/v1/evaluations", body), 422);

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("metrics");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("missing: NPS, TEAM_COLLABORATION");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aKpiOutsideThePlanIsRefused() {
        String body = Requests.saasRequest().replace("]}", ",{\"kpi\":\"COLLECTION_RATE\",\"actual\":0.9,\"target\":0.95}]}");

        assertThat(refusedFields(body)).containsExactly("metrics[6].kpi");
    }

    @Test
    void anUnknownPlanVariantIsRefusedNamingPlanVariantAndTheKnownVariants() {
        String body = Requests.saasRequest().replace("\"salesMode\":\"DIRECT\",", "\"salesMode\":\"DIRECT\",\"planVariant\":\"FAQ2\",");
        long before = stored();

        JsonNode problem = problem(http.post("/api/v1/evaluations", body), 422);

        assertThat(fieldsOf(problem)).containsExactly("planVariant");
        assertThat(problem.get("errors").get(0).get("message").asString())
                .contains("unknown planVariant 'FAQ2'").contains("known: PERFORMANCE_GROWTH, SHORT_LONG_TERM");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anUnknownEvaluationIsNotFound() {
        problem(http.get("/api/v1/evaluations/3f1c2d4e-0000-4000-8000-000000000000"), 404);
        problem(http.get("/api/v1/evaluations/not-a-uuid"), 404);
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        problem(http.get("/api/v1/nothing-here"), 404);
    }

    @Test
    void thePlanForAContextTellsAnHrSystemWhatToSubmit() {
        Http.Response response = http.get("/api/v1/plans?industry=SAAS&stage=STARTUP&salesMode=CHANNEL");

        assertThat(response.status()).isEqualTo(200);
        JsonNode plan = response.json();
        assertThat(plan.get("planId").asString()).isEqualTo("SAAS_FUSION");
        assertThat(plan.get("industry").asString()).isEqualTo("SAAS");
        assertThat(plan.get("stage").asString()).isEqualTo("STARTUP");
        assertThat(plan.get("salesMode").asString()).isEqualTo("CHANNEL");
        assertThat(plan.get("kpis")).hasSize(6);
        JsonNode sales = plan.get("kpis").get(0);
        assertThat(sales.get("kpi").asString()).isEqualTo("SALES_AMOUNT");
        assertThat(sales.get("category").asString()).isEqualTo("RESULT");
        assertThat(sales.get("direction").asString()).isEqualTo("HIGHER_IS_BETTER");
        assertThat(sales.get("unit").asString()).isEqualTo("CNY");
        assertThat(sales.get("weight").decimalValue()).isEqualByComparingTo("35");
    }

    @Test
    void aPlanLookupWithUnknownOrMissingValuesIsRefusedNamingEach() {
        JsonNode problem = problem(http.get("/api/v1/plans?industry=RETAIL&stage=GROWTH"), 422);

        assertThat(fieldsOf(problem)).containsExactly("industry", "salesMode");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("known: B2B, B2C, SAAS");
    }
}
