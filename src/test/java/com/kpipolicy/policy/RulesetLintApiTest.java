package com.kpipolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.support.Caller;
import com.kpipolicy.support.Http;
import com.kpipolicy.support.RulesFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * POST /api/v1/rulesets/lint on a real port: it lints the folder the analysts edit (here a copy of the
 * shipped rules, so a test can edit it after start-up) and leaves the policy in force alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:ruleset-lint-api;DB_CLOSE_DELAY=-1")
class RulesetLintApiTest {
    private static final Path RULES = Path.of("target", "ruleset-lint-api-rules");

    @LocalServerPort
    int port;
    @Autowired
    ActivePolicy activePolicy;
    Http http;

    @DynamicPropertySource
    static void rulesFolder(DynamicPropertyRegistry registry) throws IOException {
        freshCopyOfShippedRules();
        registry.add("kpi.rules.dir", RULES::toString);
    }

    @BeforeEach
    void client() throws IOException {
        freshCopyOfShippedRules();
        http = new Http(port, Caller.ANALYST);
    }

    private static RulesFolder freshCopyOfShippedRules() throws IOException {
        if (Files.exists(RULES)) {
            try (Stream<Path> files = Files.walk(RULES)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
        Files.createDirectories(RULES);
        return RulesFolder.copyOfShipped(RULES);
    }

    @Test
    void theShippedRulesLintAsValidWithTheirWarningsAndTheLiveVersion() {
        Policy live = activePolicy.current();

        Http.Response response = http.post("/api/v1/rulesets/lint", "");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode body = response.json();
        assertThat(body.get("rulesetVersion").asString()).isEqualTo(live.version());
        assertThat(body.get("valid").asBoolean()).isTrue();
        assertThat(body.get("errors").asInt()).isZero();
        assertThat(body.get("warnings").asInt()).isEqualTo(12);
        JsonNode first = body.get("problems").get(0);
        assertThat(first.get("severity").asString()).isEqualTo("WARNING");
        assertThat(first.get("file").asString()).isEqualTo("weights.drl.xlsx");
        assertThat(first.get("sheet").asString()).isEqualTo("Plans");
        assertThat(first.get("location").asString()).isEqualTo("row 16");
        assertThat(first.get("message").asString()).isEqualTo("plan SAAS_FUSION gives PROCESS KPIs 15% of the weight;"
                + " the plan checks (plan-checks.drl.xlsx, sheet CategoryRanges, row 16) require 20–30%.");
        assertThat(activePolicy.current()).isSameAs(live);
    }

    @Test
    void anEditedFolderWithALintErrorIsASuccessfulLintAndTheLivePolicyKeepsServing() throws IOException {
        Policy live = activePolicy.current();
        freshCopyOfShippedRules().setCell("weights.drl.xlsx", "Plans", "F16", 25).setCell("weights.drl.xlsx", "Plans", "H16", 25);

        Http.Response response = http.post("/api/v1/rulesets/lint", "");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("valid").asBoolean()).isFalse();
        assertThat(body.get("errors").asInt()).isEqualTo(1);
        assertThat(body.get("rulesetVersion").asString()).isNotEqualTo(live.version());
        JsonNode error = body.get("problems").get(0);
        assertThat(error.get("severity").asString()).isEqualTo("ERROR");
        assertThat(error.get("location").asString()).isEqualTo("row 16");
        assertThat(error.get("message").asString()).contains("RESULT KPIs 25%").contains("require 30–50%");

        assertThat(activePolicy.current()).isSameAs(live);
        Http.Response plan = http.get("/api/v1/plans?industry=SAAS&stage=GROWTH&salesMode=DIRECT");
        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.json().get("rulesetVersion").asString()).isEqualTo(live.version());
        assertThat(plan.json().get("kpis").get(0).get("weight").asInt()).isEqualTo(35);
    }
}
