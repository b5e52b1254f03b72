package com.kpipolicy.evaluation;

import com.kpipolicy.support.Requests;
import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.support.Http;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The optional inputs of an evaluation (signals, elastic bands, asOf, team metrics) over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:policy-inputs;DB_CLOSE_DELAY=-1")
class PolicyInputsApiTest {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private static String withExtra(String extra) {
        String base = Requests.saasRequest();
        return base.substring(0, base.length() - 1) + "," + extra + "}";
    }

    private List<String> refusedFields(String body) {
        Http.Response response = http.post("/api/v1/evaluations", body);
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void signalsAreRatiosFromZeroToOne() {
        assertThat(refusedFields(withExtra("\"signals\":{\"collectionRate\":1.2,\"avgDiscount\":-0.1}")))
                .containsExactly("signals.collectionRate", "signals.avgDiscount");
    }

    @Test
    void anUnknownSignalIsRefusedRatherThanIgnored() {
        assertThat(refusedFields(withExtra("\"signals\":{\"discount\":0.3}"))).containsExactly("signals.discount");
    }

    @Test
    void submittedSignalsTripTheirGuardrailsAndSetTheStatus() {
        JsonNode body = http.post("/api/v1/evaluations", withExtra(
                "\"signals\":{\"collectionRate\":0.62,\"periodEndSalesShare\":0.71,\"avgDiscount\":0.35,\"newCustomerChurn90d\":0.4}"))
                .json();

        List<String> ids = new ArrayList<>();
        body.get("guardrails").forEach(g -> ids.add(g.get("id").asString()));
        assertThat(ids).containsExactly("COLLECTION_FLOOR", "DISCOUNT_DEPTH", "NEW_CUSTOMER_CHURN", "PERIOD_END_SPIKE");
        assertThat(body.get("status").asString()).isEqualTo("REVIEW");
    }

    @Test
    void anElasticBandNeedsBothEdgesInOrder() {
        String lowOnly = Requests.saasRequest("{\"kpi\":\"NPS\",\"actual\":45,\"targetLow\":40}");
        String reversed = Requests.saasRequest("{\"kpi\":\"NPS\",\"actual\":45,\"targetLow\":50,\"targetHigh\":40}");

        assertThat(refusedFields(lowOnly)).containsExactly("metrics[3].targetHigh");
        assertThat(refusedFields(reversed)).containsExactly("metrics[3].targetHigh");
    }

    @Test
    void anElasticBandReplacesThePointTarget() {
        JsonNode body = http.post("/api/v1/evaluations",
                Requests.saasRequest("{\"kpi\":\"NPS\",\"actual\":45,\"targetLow\":40,\"targetHigh\":50}")).json();

        JsonNode nps = body.get("kpis").get(3);
        assertThat(nps.get("kpi").asString()).isEqualTo("NPS");
        assertThat(nps.get("achievement").decimalValue()).isEqualByComparingTo("1");
        assertThat(nps.get("score").decimalValue()).isEqualByComparingTo("100.00");
    }

    @Test
    void asOfMustBeADateInsideThePeriod() {
        assertThat(refusedFields(withExtra("\"asOf\":\"2025-10-01\""))).containsExactly("asOf");
        assertThat(refusedFields(withExtra("\"asOf\":\"15/08/2025\""))).containsExactly("asOf");
    }

    @Test
    void asOfAsANumberIsRefusedAsTheWrongTypeNotReadAsDaysSince1970() {
        // 20315 days after 1970-01-01 is 2025-08-15, inside the period: read leniently, it would be evaluated.
        Http.Response response = http.post("/api/v1/evaluations", withExtra("\"asOf\":20315"));

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        JsonNode problem = response.json().get("errors").get(0);
        assertThat(problem.get("field").asString()).isEqualTo("asOf");
        assertThat(problem.get("message").asString()).isEqualTo("has the wrong type: expected a date as YYYY-MM-DD");
    }

    @Test
    void anInPeriodEvaluationIsInterimWithAForecast() {
        JsonNode body = http.post("/api/v1/evaluations", withExtra("\"asOf\":\"2025-08-15\"")).json();

        assertThat(body.get("status").asString()).isEqualTo("INTERIM");
        assertThat(body.get("asOf").asString()).isEqualTo("2025-08-15");
        assertThat(body.get("forecast").get("elapsedShare").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(body.get("alerts").isArray()).isTrue();
    }

    @Test
    void teamMetricsShowBothPartsOfTheTotal() {
        String team = Requests.saasRequest();
        String metrics = team.substring(team.indexOf("\"metrics\":") + "\"metrics\":".length(), team.length() - 1);

        JsonNode body = http.post("/api/v1/evaluations", withExtra("\"teamMetrics\":" + metrics)).json();

        JsonNode blend = body.get("blend");
        assertThat(blend.get("individualShare").decimalValue()).isEqualByComparingTo("90");
        assertThat(blend.get("teamShare").decimalValue()).isEqualByComparingTo("10");
        // same metrics for both parts: 105.444… either way, so the blend is 105.44 too
        assertThat(blend.get("individualScore").decimalValue()).isEqualByComparingTo("105.44");
        assertThat(blend.get("teamScore").decimalValue()).isEqualByComparingTo("105.44");
        assertThat(body.get("totalScore").decimalValue()).isEqualByComparingTo("105.44");
    }

    @Test
    void anEmptyListOfTeamMetricsIsNoTeamAsGeneratedClientsSendIt() {
        Http.Response response = http.post("/api/v1/evaluations", withExtra("\"teamMetrics\":[]"));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("blend").isNull()).isTrue();
        assertThat(response.json().get("totalScore").decimalValue()).isEqualByComparingTo("105.44");
    }

    @Test
    void aPlanVariantTheCatalogueDoesNotListIsRefused() {
        assertThat(refusedFields(withExtra("\"planVariant\":\"NO_SUCH_VARIANT\""))).containsExactly("planVariant");
    }
}
