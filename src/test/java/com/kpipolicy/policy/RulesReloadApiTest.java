package com.kpipolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.support.Caller;
import com.kpipolicy.support.Http;
import com.kpipolicy.support.Requests;
import com.kpipolicy.support.RulesFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.drools.compiler.kie.builder.impl.KieServicesImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kie.api.KieServices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An analyst edits the rules folder of a running service and reloads: good edits go live, a
 * bad one is refused with its cell while the last good rules keep serving.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class RulesReloadApiTest {
    private static final Path RULES = temporaryFolder();
    private static final RulesFolder FOLDER = RulesFolder.copyOfShipped(RULES);

    @DynamicPropertySource
    static void rulesFolder(DynamicPropertyRegistry registry) {
        registry.add("kpi.rules.dir", RULES::toString);
        registry.add("kpi.rules.watch", () -> "false");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:rules-reload;DB_CLOSE_DELAY=-1");
    }

    @LocalServerPort
    int port;
    @Autowired
    ActivePolicy active;

    private static Path temporaryFolder() {
        try {
            Path dir = Files.createTempDirectory("rules-reload");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aGoodEditGoesLiveABadOneIsRefusedAndTheLastGoodRulesKeepServing() {
        Http http = new Http(port);
        Http analyst = http.as(Caller.ANALYST);
        String original = active.current().version();

        FOLDER.setCell("weights.drl.xlsx", "Plans", "F16", 40).setCell("weights.drl.xlsx", "Plans", "H16", 10);
        Http.Response reloaded = analyst.post("/api/v1/rulesets/reload", "");
        JsonNode good = reloaded.json();
        assertThat(reloaded.status()).isEqualTo(200);
        assertThat(good.get("status").asString()).isEqualTo("RELOADED");
        assertThat(good.get("previousVersion").asString()).isEqualTo(original);
        String edited = good.get("liveVersion").asString();
        JsonNode evaluation = http.post("/api/v1/evaluations", Requests.saasRequest()).json();
        assertThat(evaluation.get("rulesetVersion").asString()).isEqualTo(edited);
        // 120% sales weigh 40 now: 48.00 + 9.00 + 20.444… + 9.00 + 10.50 + 10.00 = 106.94
        assertThat(evaluation.get("totalScore").decimalValue()).isEqualByComparingTo("106.94");

        FOLDER.setCell("weights.drl.xlsx", "Plans", "F16", 39);
        Http.Response refused = analyst.post("/api/v1/rulesets/reload", "");
        assertThat(refused.status()).isEqualTo(422);
        JsonNode rejected = refused.json();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(rejected.get("type").asString()).isEqualTo("urn:problem:kpi-policy:ruleset-rejected");
        assertThat(rejected.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("liveVersion").asString()).isEqualTo(edited);
        assertThat(rejected.get("problems").get(0).get("location").asString()).isEqualTo("row 16");
        assertThat(rejected.get("problems").get(0).get("message").asString()).contains("sum to 99");
        assertThat(http.post("/api/v1/evaluations", Requests.saasRequest()).json().get("rulesetVersion").asString())
                .isEqualTo(edited);
        JsonNode health = analyst.get("/actuator/health").json();
        assertThat(health.get("status").asString()).isEqualTo("UP");
        JsonNode rules = health.get("components").get("rules").get("details");
        assertThat(rules.get("liveVersion").asString()).isEqualTo(edited);
        assertThat(rules.get("lastReload").get("status").asString()).isEqualTo("REJECTED");
        assertThat(rules.get("lastReload").get("problems").get(0).asString()).contains("weights.drl.xlsx, sheet Plans, row 16");

        assertThat(analyst.post("/api/v1/rulesets/reload", "").json().get("outcome").asString()).isEqualTo("REJECTED");
        // A fix with new values: restoring the very same bytes as the live rules would rightly be UNCHANGED, and
        // whether a rewritten workbook has the same bytes depends on the zip entries' 2-second timestamps.
        FOLDER.setCell("weights.drl.xlsx", "Plans", "F16", 41).setCell("weights.drl.xlsx", "Plans", "H16", 9);
        JsonNode fixed = analyst.post("/api/v1/rulesets/reload", "").json();
        assertThat(fixed.get("status").asString()).isEqualTo("RELOADED");
        assertThat(fixed.get("previousVersion").asString()).isEqualTo(edited);
        JsonNode again = analyst.post("/api/v1/rulesets/reload", "").json();
        assertThat(again.get("status").asString()).isEqualTo("UNCHANGED");
        assertThat(again.get("liveVersion").asString()).isEqualTo(fixed.get("liveVersion").asString());
    }

    @Test
    void manyReloadsInARowLeaveNoCompiledModuleBehindInTheEnginesRepository() {
        Http http = new Http(port);
        Http analyst = http.as(Caller.ANALYST);
        for (int i = 0; i < 12; i++) {
            FOLDER.write("ruleset.properties", "# reload " + i + "\neffectiveFrom=\n");
            JsonNode result = analyst.post("/api/v1/rulesets/reload", "").json();
            assertThat(result.get("status").asString()).isEqualTo("RELOADED");
            String version = result.get("liveVersion").asString();
            assertThat(KieServices.get().getRepository()
                    .getKieModule(KieServices.get().newReleaseId("com.kpipolicy.ruleset", "v" + version, "1.0.0")))
                    .as("module of %s", version).isNull();
        }
        assertThat(KieServices.get()).isInstanceOf(KieServicesImpl.class);
    }

    @Test
    void aRuleThatDoesNotCompileIsLoggedAsTheServicesWarningNotAlsoAsTheEnginesError(CapturedOutput output) {
        Http analyst = new Http(port).as(Caller.ANALYST);
        String good = "insert(new TotalScore((BigDecimal) $sum));";
        FOLDER.replaceIn("scoring.drl", good, "insert(new TotalScore($sum, ));");
        try {
            JsonNode rejected = analyst.post("/api/v1/rulesets/reload", "").json();

            assertThat(rejected.get("outcome").asString()).isEqualTo("REJECTED");
            assertThat(rejected.get("problems").get(0).get("file").asString()).isEqualTo("scoring.drl");
            // An analyst's typo is not an operator's incident: one warning naming the file, and none of Drools' own
            // ERROR lines repeating the messages with generated class names.
            assertThat(output.getOut()).contains("WARN").contains("Rules reload rejected")
                    .doesNotContain("Unable to build KieBaseModel");
        } finally {
            FOLDER.replaceIn("scoring.drl", "insert(new TotalScore($sum, ));", good);
            analyst.post("/api/v1/rulesets/reload", "");
        }
    }
}
