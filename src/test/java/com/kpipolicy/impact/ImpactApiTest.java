package com.kpipolicy.impact;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.policy.ActivePolicy;
import com.kpipolicy.policy.Policy;
import com.kpipolicy.policy.RulesetSource;
import com.kpipolicy.support.Caller;
import com.kpipolicy.support.Http;
import com.kpipolicy.support.Multipart;
import com.kpipolicy.support.Requests;
import com.kpipolicy.support.RulesFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * POST /api/v1/rulesets/impact on a real port, with the analyst's edited weights workbook uploaded: the SaaS plan
 * moves 5 points from new customers to sales (SALES_AMOUNT 35 -> 40, NEW_CUSTOMERS 15 -> 10).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:impact-api;DB_CLOSE_DELAY=-1")
class ImpactApiTest {
    private static final String IMPACT = "/api/v1/rulesets/impact";
    private static final String JSON = "application/json";

    @TempDir
    static Path editedDir;
    static RulesFolder edited;
    static String editedVersion;

    @LocalServerPort
    int port;
    @Autowired
    ActivePolicy activePolicy;
    Http http;

    @BeforeAll
    static void analystEditsTheWeights() {
        edited = RulesFolder.copyOfShipped(editedDir)
                .setCell("weights.drl.xlsx", "Plans", "F16", 40).setCell("weights.drl.xlsx", "Plans", "H16", 10);
        editedVersion = RulesetSource.read(edited.dir()).version();
    }

    @BeforeEach
    void client() {
        http = new Http(port, Caller.ANALYST);
    }

    private Http.Response upload(Multipart form, String accept) {
        return http.post(IMPACT, form.contentType(), form.bytes(), accept);
    }

    private static Multipart editedWeights() {
        return new Multipart().file("files", edited.dir().resolve("weights.drl.xlsx"));
    }

    private static JsonNode change(JsonNode section, String scenario) {
        return section.get("changes").valueStream().filter(c -> scenario.equals(c.get("scenario").asString()))
                .findFirst().orElseThrow();
    }

    @Test
    void theEditedWeightsWorkbookAloneIsComparedWithTheLiveRulesAndTheLivePolicyStays() {
        Policy live = activePolicy.current();

        Http.Response response = upload(editedWeights(), JSON);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith(JSON);
        JsonNode body = response.json();
        assertThat(body.get("liveRulesetVersion").asString()).isEqualTo(live.version());
        assertThat(body.get("candidateRulesetVersion").asString()).isEqualTo(editedVersion);
        JsonNode scenarios = body.get("scenarios");
        assertThat(scenarios.get("evaluated").asInt()).isEqualTo(58);
        assertThat(scenarios.get("changed").asInt()).isEqualTo(22);
        JsonNode capped = change(scenarios, "scoring/over-achievement-is-capped-at-150-points");
        assertThat(capped.get("employeeId").asString()).isEqualTo("S-0002");
        assertThat(capped.get("oldTotalScore").decimalValue()).isEqualByComparingTo("117.50");
        assertThat(capped.get("newTotalScore").decimalValue()).isEqualByComparingTo("120.00");
        assertThat(capped.get("oldGrade").asString()).isEqualTo("A");
        assertThat(capped.get("newGrade").asString()).isEqualTo("S");
        assertThat(capped.get("oldBonusMultiplier").decimalValue()).isEqualByComparingTo("1.2");
        assertThat(capped.get("newBonusMultiplier").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(scenarios.get("gradeMigration").get("counts").get("A").get("S").asInt()).isEqualTo(2);
        assertThat(body.get("storedEvaluations").isNull()).isTrue();

        assertThat(activePolicy.current()).isSameAs(live);
        Http.Response plan = http.get("/api/v1/plans?industry=SAAS&stage=GROWTH&salesMode=DIRECT");
        assertThat(plan.json().get("kpis").get(0).get("weight").asInt()).isEqualTo(35);
    }

    @Test
    void markdownIsAnsweredToAnAnalystWhoAsksForIt() {
        Http.Response response = upload(editedWeights(), "text/markdown");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/markdown");
        assertThat(response.body()).startsWith("## Impact of the rules change\n")
                .contains("- Scenarios (`scenarios`): 58 evaluated, 22 changed, 0 refused by the candidate.\n")
                .contains("| scoring/over-achievement-is-capped-at-150-points | S-0002 | 117.50 | 120.00 | A | S | 1.2 | 1.5 |  |\n")
                .contains("| **A** | 2 | 27 | 0 | 0 | 0 | 0 |\n");
    }

    @Test
    void aZipOfTheWholeEditedFolderGivesTheSameImpact() throws IOException {
        Multipart form = new Multipart().file("rules", "rules.zip", "application/zip", Multipart.zipOf(edited.dir(), "rules/"));

        Http.Response response = upload(form, JSON);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("candidateRulesetVersion").asString()).isEqualTo(editedVersion);
        assertThat(response.json().get("scenarios").get("changed").asInt()).isEqualTo(22);
    }

    @Test
    void storedEvaluationsOfThePeriodAreComparedUnderBothRulesets() {
        // The live rules' answers, worked out by hand; each moves by 0.05 x (sales points - new customer points).
        // 105.44 (A) -> 106.94 (A): sales 120, new customers 90.
        // 118.44 (A) -> 120.94 (S): sales 150, new customers 100, NPS on target.
        // 85.44 (B) -> 81.94 (C): sales 50, new customers 120.
        // 99.94 (B) -> 99.94 (B): sales and new customers on target.
        List<String> q3 = List.of(Requests.saasRequest().replace("E-1001", "P-1"),
                Requests.saasRequest(metric("SALES_AMOUNT", 1500000, 1000000), metric("NEW_CUSTOMERS", 20, 20),
                        metric("NPS", 50, 50)).replace("E-1001", "P-2"),
                Requests.saasRequest(metric("SALES_AMOUNT", 500000, 1000000), metric("NEW_CUSTOMERS", 24, 20))
                        .replace("E-1001", "P-3"),
                Requests.saasRequest(metric("SALES_AMOUNT", 1000000, 1000000), metric("NEW_CUSTOMERS", 20, 20))
                        .replace("E-1001", "P-4"));
        for (String request : q3) {
            assertThat(http.as(Caller.HR_SYSTEM).post("/api/v1/evaluations", request.replace("2025-Q3", "2024-Q3")).status()).isEqualTo(201);
        }
        assertThat(http.as(Caller.HR_SYSTEM).post("/api/v1/evaluations", Requests.saasRequest().replace("2025-Q3", "2024-Q2")).status())
                .isEqualTo(201);

        Http.Response response = upload(editedWeights().field("period", "2024-Q3"), JSON);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode stored = response.json().get("storedEvaluations");
        assertThat(stored.get("evaluated").asInt()).isEqualTo(4);
        assertThat(stored.get("changed").asInt()).isEqualTo(3);
        assertThat(stored.get("changes")).extracting(c -> c.get("employeeId").asString()).containsExactly("P-1", "P-2", "P-3");
        JsonNode migration = stored.get("gradeMigration");
        assertThat(migration.get("grades")).extracting(JsonNode::asString).containsExactly("S", "A", "B", "C");
        assertThat(migration.get("counts").get("A").get("A").asInt()).isEqualTo(1);
        assertThat(migration.get("counts").get("A").get("S").asInt()).isEqualTo(1);
        assertThat(migration.get("counts").get("B").get("B").asInt()).isEqualTo(1);
        assertThat(migration.get("counts").get("B").get("C").asInt()).isEqualTo(1);
        assertThat(response.json().get("basis").asString()).contains("old is the live ruleset's evaluation of its"
                + " stored request");
    }

    private static String metric(String kpi, long actual, long target) {
        return "{\"kpi\":\"" + kpi + "\",\"actual\":" + actual + ",\"target\":" + target + "}";
    }
}
