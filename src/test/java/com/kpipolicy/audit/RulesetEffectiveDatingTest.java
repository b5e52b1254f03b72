package com.kpipolicy.audit;

import com.kpipolicy.support.Requests;
import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.KpiPolicyApplication;
import com.kpipolicy.support.Caller;
import com.kpipolicy.support.Http;
import com.kpipolicy.support.RulesFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The auditors' story across restarts of one service with one file database: evaluations are
 * stored, the analysts change rules/, the service is restarted, and every evaluation still
 * replays IDENTICAL under its own version while new ones use the version in force.
 */
class RulesetEffectiveDatingTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path rulesDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(KpiPolicyApplication.class).run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("kpi-policy"), "--kpi.rules.dir=" + rulesDir);
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static JsonNode evaluate(Http http, String period) {
        Http.Response response = http.post("/api/v1/evaluations", Requests.saasRequest().replace("2025-Q3", period));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    @Test
    void oldEvaluationsReplayUnderTheirOwnVersionWhileNewOnesUseTheVersionInForce() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(rulesDir);
        JsonNode before;
        try (ConfigurableApplicationContext service = start()) {
            before = evaluate(http(service), "2025-Q3");
        }

        // An undated edit applies at once: sales weighs 40 instead of 35, new customers 10 instead of 15.
        rules.setCell("weights.drl.xlsx", "Plans", "F16", 40).setCell("weights.drl.xlsx", "Plans", "H16", 10);
        JsonNode after;
        try (ConfigurableApplicationContext service = start()) {
            Http http = http(service);
            after = evaluate(http, "2025-Q3");

            assertThat(after.get("rulesetVersion").asString()).isNotEqualTo(before.get("rulesetVersion").asString());
            assertThat(after.get("rulesetReason").asString()).contains("effective since always");
            // 120% sales now weigh 40: 48.00 + 9.00 + 20.444… + 9.00 + 10.50 + 10.00 = 106.944… → 106.94
            assertThat(after.get("totalScore").decimalValue()).isEqualByComparingTo("106.94");
            assertThat(before.get("totalScore").decimalValue()).isEqualByComparingTo("105.44");
            assertThat(replay(http, before)).isEqualTo("IDENTICAL");
            assertThat(replay(http, after)).isEqualTo("IDENTICAL");
        }

        // A dated policy does not change earlier periods: grade A from 110 only from 2026 on.
        rules.setCell("grades.drl.xlsx", "Grades", "A16", 110).setCell("grades.drl.xlsx", "Grades", "B17", 110);
        Files.writeString(rulesDir.resolve("ruleset.properties"), "effectiveFrom=2026-01-01\n");
        try (ConfigurableApplicationContext service = start()) {
            Http http = http(service);
            JsonNode q4 = evaluate(http, "2025-Q4");
            JsonNode q1 = evaluate(http, "2026-Q1");

            assertThat(q4.get("rulesetVersion").asString()).isEqualTo(after.get("rulesetVersion").asString());
            assertThat(q4.get("grade").asString()).isEqualTo("A");
            assertThat(q1.get("rulesetVersion").asString()).isNotEqualTo(after.get("rulesetVersion").asString());
            assertThat(q1.get("rulesetReason").asString()).contains("effective from 2026-01-01");
            assertThat(q1.get("totalScore").decimalValue()).isEqualByComparingTo("106.94");
            assertThat(q1.get("grade").asString()).isEqualTo("B");
            for (JsonNode evaluation : new JsonNode[] {before, after, q4, q1}) {
                assertThat(replay(http, evaluation)).isEqualTo("IDENTICAL");
            }
            assertThat(http.as(Caller.AUDITOR).get("/api/v1/rulesets").json()).hasSize(3);
            assertThat(http.as(Caller.AUDITOR).get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
        }
    }

    private static String replay(Http http, JsonNode evaluation) {
        return http.as(Caller.AUDITOR).post("/api/v1/evaluations/" + evaluation.get("evaluationId").asString() + "/replay", "").json()
                .get("result").asString();
    }
}
